using GeneBot.Tests.Support;

namespace GeneBot.Tests.Properties;

/// <summary>A small temp corpus whose text tries everything: mass, role and user mentions, Markdown and code-block
/// injection, over-long titles and sections, RTL and zalgo; with the bundled triage and privacy rules.</summary>
public static class HostileCorpus
{
    public const string FaqKey = "zebrafish";

    public static readonly string[] Questions =
    [
        "what is a zebrafish vector?", "are zebrafish vectors safe?", "how do glowing genes work?", "what is a quokka virus?",
        "tell me about the long title article", "what does the code block say about vectors?",
    ];

    public static TempDirectory Create()
    {
        var corpus = new TempDirectory();
        var longTitle = HostileText.Repeat("Glowing gene **vector** ", 2_000);
        corpus.Write("articles/zebrafish.md", $$"""
            ---
            id: zebrafish-vectors
            title: Zebrafish vectors for @everyone <@&123456789012345678>
            summary: A test article whose text tries to ping, inject Markdown and break limits.
            tags: [vectors]
            reviewed: 2026-08-20
            url: https://example.org/a(b)[c]
            ---

            ## What a zebrafish vector is @here

            @everyone a zebrafish vector is a made-up carrier that moves a glowing gene into zebrafish cells. <@123456789012345678> and <@!123456789012345678> and <@&123456789012345678> are in this sentence. @here it is only a test.

            ## Are zebrafish vectors safe ```

            ```js
            alert("zebrafish vectors are safe in this made-up test, **unbalanced bold and a fence that never closes
            ||spoiler|| ~~strike~~ [click](https://evil.example/) \u202Eright to left\u202C z̷̢̛a̸l̵g̶o̷ vectors.

            ## How glowing genes work {{HostileText.Repeat("in zebrafish vectors ", 300)}}

            {{HostileText.Repeat("Glowing genes in zebrafish vectors make a protein that shines under blue light. ", 9_000)}}
            """);
        corpus.Write("articles/long-title.md", $$"""
            ---
            id: long-title
            title: {{longTitle}}
            summary: The long title article about quokka viruses.
            tags: [vectors]
            reviewed: 2026-08-20
            ---

            ## {{HostileText.Repeat("A section title about quokka viruses ", 1_100)}}

            A quokka virus is a made-up vector in the long title article. @everyone should never be pinged by it.
            """);
        corpus.Write("faq/zebrafish.md", $$"""
            ---
            key: {{FaqKey}}
            aliases: []
            title: Zebrafish vectors @here <@&123456789012345678> {{HostileText.Repeat("long ", 600)}}
            link: zebrafish-vectors
            ---
            @everyone Zebrafish vectors are a made-up example. ``` {{HostileText.Repeat("More words about zebrafish. ", 8_000)}}
            """);
        File.Copy(Path.Combine(Repo.Corpus, "triage.yml"), corpus.Combine("triage.yml"));
        File.Copy(Path.Combine(Repo.Corpus, "privacy.yml"), corpus.Combine("privacy.yml"));
        return corpus;
    }
}
