using System.Text.Json;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Cli;

/// <summary>The JSON contract of <c>genebot ask</c>, checked by running the built CLI as a child process on the bundled corpus.</summary>
public sealed class AskCommandTests : IDisposable
{
    private readonly TempDirectory work = new();

    private Dictionary<string, string> Env() => Support.Cli.Env(Repo.Corpus, work.Combine("index"));

    [Fact]
    public async Task Asking_what_car_t_is_answers_with_numbered_citations_in_the_stable_json_shape()
    {
        // Act
        var result = await Support.Cli.RunAsync(work.Path, Env(), null, "ask", "--format", "json", "what is car t cell therapy");

        // Assert
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(["question", "context", "status", "triage", "confidence", "text", "citations", "disclaimer"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("informational", root.GetProperty("triage").GetString());
        Assert.Equal("answered", root.GetProperty("status").GetString());
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
        var citations = root.GetProperty("citations").EnumerateArray().ToArray();
        Assert.NotEmpty(citations);
        Assert.Equal(Enumerable.Range(1, citations.Length), citations.Select(c => c.GetProperty("n").GetInt32()));
        foreach (var citation in citations)
        {
            Assert.Equal(["n", "articleId", "title", "section", "excerpt", "url", "score", "reviewed", "possiblyOutdated", "label"], citation.EnumerateObject().Select(p => p.Name));
            Assert.Matches(@"^\d{4}-\d{2}$", citation.GetProperty("reviewed").GetString());
            Assert.False(string.IsNullOrWhiteSpace(citation.GetProperty("excerpt").GetString()));
        }
        Assert.Contains(citations, c => c.GetProperty("excerpt").GetString()!.Contains("chimeric antigen receptor", StringComparison.OrdinalIgnoreCase)
            || c.GetProperty("articleId").GetString() == "car-t-cell-therapy");
        Assert.EndsWith(root.GetProperty("disclaimer").GetString()!, root.GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_out_of_domain_question_abstains_and_cites_nothing()
    {
        // Act
        var result = await Support.Cli.RunAsync(work.Path, Env(), null, "ask", "--format", "json", "what is the best pizza topping in naples");

        // Assert
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("abstained", json.RootElement.GetProperty("status").GetString());
        Assert.Empty(json.RootElement.GetProperty("citations").EnumerateArray());
        Assert.Contains("couldn't find", json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Jsonl_mode_answers_each_line_of_standard_input_in_order()
    {
        // Arrange
        var questions = "what is crispr\n\nhow do i bake sourdough bread\nwhat are the signs of crs\n";

        // Act
        var result = await Support.Cli.RunAsync(work.Path, Env(), questions, "ask", "--format", "jsonl");

        // Assert
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["what is crispr", "how do i bake sourdough bread", "what are the signs of crs"], parsed.Select(p => p.GetProperty("question").GetString()));
        Assert.Equal(["answered", "abstained", "answered"], parsed.Select(p => p.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Text_format_prints_the_reply_as_a_chat_user_reads_it()
    {
        // Act
        var result = await Support.Cli.RunAsync(work.Path, Env(), null, "ask", "what is an oncolytic virus");

        // Assert
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[1] ", result.Stdout);
        Assert.Contains("Sources:", result.Stdout);
        Assert.Contains("not medical advice", result.Stdout);
    }

    [Fact]
    public async Task Asking_without_a_question_explains_how_and_fails()
    {
        // Act
        var result = await Support.Cli.RunAsync(work.Path, Env(), null, "ask");

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Give a question", result.Stderr);
    }

    [Fact]
    public async Task A_stale_index_is_rebuilt_once_with_a_progress_line_and_then_reused()
    {
        // Act
        var first = await Support.Cli.RunAsync(work.Path, Env(), null, "ask", "--format", "json", "what is a viral vector");
        var second = await Support.Cli.RunAsync(work.Path, Env(), null, "ask", "--format", "json", "what is a viral vector");

        // Assert
        Assert.Contains("Building the index", first.Stderr);
        Assert.DoesNotContain("Building the index", second.Stderr);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    public void Dispose() => work.Dispose();
}
