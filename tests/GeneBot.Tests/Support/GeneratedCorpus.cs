using System.Globalization;
using System.Text;

namespace GeneBot.Tests.Support;

/// <summary>A synthetic corpus written to a temp folder: <c>articles</c> valid articles of <c>sections</c> sections, each one passage.</summary>
public static class GeneratedCorpus
{
    public static void Write(TempDirectory folder, int articles, int sections = 6, string variant = "a", int from = 0)
    {
        Directory.CreateDirectory(folder.Combine("articles"));
        // The safety and privacy rules GeneBot will not answer without.
        foreach (var rules in new[] { "triage.yml", "privacy.yml" })
        {
            if (File.Exists(Path.Combine(Repo.Corpus, rules)) && !File.Exists(folder.Combine(rules)))
                File.Copy(Path.Combine(Repo.Corpus, rules), folder.Combine(rules));
        }
        for (var i = from; i < from + articles; i++)
            File.WriteAllText(folder.Combine("articles", $"trial-{i}.md"), Article(i, sections, variant));
    }

    public static string Article(int i, int sections, string variant)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder()
            .Append("---\n")
            .Append(c, $"id: trial-{i}\n")
            .Append(c, $"title: Gene therapy trial {i}\n")
            .Append(c, $"summary: What gene therapy trial {i} tests and how its vector works.\n")
            .Append("tags: [gene-therapy]\n")
            .Append("reviewed: 2026-11-01\n")
            .Append(c, $"url: https://example.org/trial-{i}\n")
            .Append("---\n");
        for (var s = 0; s < sections; s++)
        {
            sb.Append(c, $"\n## Part {s} of trial {i}\n\n")
                .Append(c, $"Gene therapy trial {i} uses a viral vector called vec{i} to carry a new gene into the patient's T cells, version {variant}. ")
                .Append(c, $"In part {s}, doctors check how the cells made with vec{i} find and attack the cancer over several weeks of follow-up visits. ")
                .Append("Most people in the trial had mild side effects such as fever and tiredness, and the team watched them closely in hospital.\n");
        }
        return sb.ToString();
    }
}
