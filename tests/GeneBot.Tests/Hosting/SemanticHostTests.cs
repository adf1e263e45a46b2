using GeneBot.Knowledge;
using GeneBot.Knowledge.Indexing;
using GeneBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GeneBot.Tests.Hosting;

/// <summary>
/// Knowledge:Semantic in the hosted bot, through FakeDiscord: the index is built with the model's vectors at start and
/// a mention's answer is re-ranked by them. The corpus holds the mistake words alone make: a resource list that
/// repeats the condition's name above the passage that answers "how many".
/// </summary>
public sealed class SemanticHostTests : IDisposable
{
    private const string Answer = "About 1 in 40,000 newborns have this condition";
    private const string ResourceList = "These resources address the diagnosis or management of";
    private readonly TempDirectory corpus = new();

    public SemanticHostTests()
    {
        corpus.Write("articles/zeller-syndrome.md", $"""
            ---
            id: zeller-syndrome
            title: Zeller syndrome
            summary: A made-up condition for tests.
            reviewed: 2026-11-01
            ---
            ## Support

            {ResourceList} Zeller syndrome: the Zeller syndrome clinic, the Zeller syndrome support group and Zeller syndrome testing.

            ## Newborns

            {Answer}. It is more common in some families.
            """);
        File.Copy(Path.Combine(Repo.Corpus, "triage.yml"), corpus.Combine("triage.yml"));
    }

    public void Dispose() => corpus.Dispose();

    private static async Task<string> FirstAnswerAsync(GeneBotHarness sut)
    {
        var question = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("How many people have Zeller syndrome?"));
        var reply = await sut.WaitForReplyToAsync(question);
        return SentJson.Embed(reply.Body)!.Value.GetProperty("description").GetString()!;
    }

    [Fact]
    public async Task Words_alone_answer_with_the_resource_list_first()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(corpus: corpus.Path);

        // Act
        var description = await FirstAnswerAsync(sut);

        // Assert
        var resources = description.IndexOf(ResourceList, StringComparison.Ordinal);
        Assert.True(resources >= 0, description);
        var answer = description.IndexOf(Answer, StringComparison.Ordinal);
        Assert.True(answer < 0 || answer > resources, description);
    }

    [Fact]
    public async Task With_semantic_re_ranking_the_index_has_vectors_and_the_answer_comes_first()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(new Dictionary<string, string?> { ["Knowledge:Semantic"] = "true" }, corpus: corpus.Path);

        // Act
        var description = await FirstAnswerAsync(sut);

        // Assert
        var knowledge = sut.Host.Services.GetRequiredService<KnowledgeBase>();
        using (var directory = IndexSchema.OpenDirectory(knowledge.Options.IndexPath))
            Assert.Equal(GeneBot.Semantic.ArcticEmbedder.ModelName, IndexState.Read(directory)!.UserData[IndexFields.SemanticModelKey]);
        Assert.Contains(sut.Logs.Lines, l => l.Contains($"Semantic re-ranking is on: {GeneBot.Semantic.ArcticEmbedder.ModelName}", StringComparison.Ordinal));
        var answer = description.IndexOf(Answer, StringComparison.Ordinal);
        Assert.True(answer >= 0, description);
        var resources = description.IndexOf(ResourceList, StringComparison.Ordinal);
        Assert.True(resources < 0 || resources > answer, description);
    }
}
