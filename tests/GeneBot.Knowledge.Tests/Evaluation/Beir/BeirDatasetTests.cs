using GeneBot.Knowledge.Evaluation.Beir;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Evaluation.Beir;

public sealed class BeirDatasetTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private string WriteCollection(string qrels)
    {
        temp.Write("corpus.jsonl", """
            {"_id": "d1", "title": "Leukemia", "text": "Leukemia is a cancer of the blood.", "metadata": {"qtype": "information", "file": "a.xml"}}
            {"_id": "d2", "title": "Leukemia", "text": "Chemotherapy treats leukemia.", "metadata": {"qtype": "treatment"}}
            {"_id": 3, "text": "No title and a numeric id."}

            """);
        temp.Write("queries.jsonl", """
            {"_id": "q1", "text": "What is leukemia?", "metadata": {"qtype": "information"}}
            {"_id": "q2", "text": "Judged, but nothing relevant"}
            {"_id": "q3", "text": "Not judged in this split"}
            {"_id": "q4", "text": "How is leukemia treated?"}
            """);
        temp.Write("qrels/test.tsv", qrels);
        return temp.Path;
    }

    [Fact]
    public void Only_queries_with_a_relevant_judgment_in_the_split_are_kept()
    {
        // Arrange
        var path = WriteCollection("query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td1\t0\nq4\td2\t2\nq4\td1\t1\n");

        // Act
        var dataset = BeirDataset.Load(path, "test");

        // Assert
        Assert.Equal(["q1", "q4"], dataset.Queries.Select(q => q.Id));
        Assert.Equal(2, dataset.Judgments["q4"]["d2"]);
        Assert.False(dataset.Judgments.ContainsKey("q2"));
    }

    [Fact]
    public void Documents_keep_their_title_and_carry_the_qtype_as_their_section()
    {
        // Arrange
        var path = WriteCollection("query-id\tcorpus-id\tscore\nq1\td1\t1\n");

        // Act
        var dataset = BeirDataset.Load(path, "test");

        // Assert
        Assert.Equal(3, dataset.Documents.Count);
        var passage = dataset.Documents[1].ToPassage();
        Assert.Equal(("d2", "Leukemia", "treatment", "Chemotherapy treats leukemia."), (passage.Id, passage.Title, passage.Section, passage.Text));
        Assert.Equal(new BeirDocument("3", "", "No title and a numeric id.", null), dataset.Documents[2]);
        Assert.Equal("", dataset.Documents[2].ToPassage().Section);
    }

    [Fact]
    public void A_missing_split_is_named_in_the_error()
    {
        // Arrange
        var path = WriteCollection("query-id\tcorpus-id\tscore\n");

        // Act
        var error = Assert.Throws<FileNotFoundException>(() => BeirDataset.Load(path, "dev"));

        // Assert
        Assert.Contains("\"dev\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_judgment_is_reported_with_its_file_and_line()
    {
        // Arrange
        var path = WriteCollection("query-id\tcorpus-id\tscore\nq1\td1\t1\nq1 d2 one\n");

        // Act
        var error = Assert.Throws<InvalidDataException>(() => BeirDataset.Load(path, "test"));

        // Assert
        Assert.Contains("test.tsv:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_line_without_an_id_is_reported_with_its_line()
    {
        // Arrange
        temp.Write("bad.jsonl", "{\"_id\": \"ok\"}\n{\"title\": \"no id\"}\n");

        // Act
        var error = Assert.Throws<InvalidDataException>(() => BeirReader.ReadCorpus(temp.Combine("bad.jsonl")).ToArray());

        // Assert
        Assert.Contains("bad.jsonl:2: missing \"_id\"", error.Message, StringComparison.Ordinal);
    }
}
