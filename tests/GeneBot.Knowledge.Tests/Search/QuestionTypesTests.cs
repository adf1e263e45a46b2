using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GeneBot.Knowledge.Tests.Search;

public sealed class QuestionTypesTests
{
    private static string[] Kinds(string question) => QuestionTypes.Detect(question).Select(k => k.Name).ToArray();

    [Theory]
    [InlineData("What are the symptoms of Adult Acute Lymphoblastic Leukemia ?", "symptoms")]
    [InlineData("warning signs of crs", "symptoms")]
    [InlineData("How is CRS treated?", "treatment")]
    [InlineData("What are the treatments for Chronic Lymphocytic Leukemia ?", "treatment")]
    [InlineData("How to diagnose Adult Acute Lymphoblastic Leukemia ?", "diagnosis")]
    [InlineData("Is Alport syndrome inherited ?", "inheritance")]
    [InlineData("does it run in the family", "inheritance")]
    [InlineData("What are the genetic changes related to Alport syndrome ?", "genetic changes")]
    [InlineData("How many people are affected by Alport syndrome ?", "frequency")]
    [InlineData("What is the outlook for Neuroblastoma ?", "outlook")]
    [InlineData("Who is at risk for Breast Cancer? ?", "susceptibility")]
    [InlineData("How to prevent Breast Cancer ?", "prevention")]
    [InlineData("what research (or clinical trials) is being done for Neuroblastoma ?", "research")]
    [InlineData("What are the stages of Neuroblastoma ?", "stages")]
    [InlineData("side effects of adstiladrin??", "side effects")]
    [InlineData("how much does car t cost", "cost")]
    [InlineData("when does crs usually start", "when")]
    [InlineData("who can get tecelra", "who")]
    [InlineData("why chemo before car t", "why")]
    public void A_question_asks_for_the_kind_of_answer_its_wording_names(string question, string kind)
    {
        // Act
        var kinds = Kinds(question);

        // Assert
        Assert.Contains(kind, kinds);
    }

    [Theory]
    [InlineData("What is (are) Adult Acute Lymphoblastic Leukemia ?")]
    [InlineData("whats crispr")]
    [InlineData("definition of a vector")]
    public void A_question_that_only_asks_what_something_is_asks_for_a_definition(string question)
    {
        // Act
        var kinds = Kinds(question);

        // Assert
        Assert.Equal(["definition"], kinds);
    }

    [Theory]
    [InlineData("What are the symptoms of crs")]
    [InlineData("what is the cost of car t")]
    public void A_definition_is_not_asked_for_when_a_more_specific_kind_is(string question)
    {
        // Act
        var kinds = Kinds(question);

        // Assert
        Assert.DoesNotContain("definition", kinds);
        Assert.NotEmpty(kinds);
    }

    [Theory]
    [InlineData("car t cell therapy lymphoma")]
    [InlineData("gene therapy for leukemia")]
    [InlineData("")]
    public void Topic_words_alone_ask_for_no_kind(string question)
    {
        // Act
        var kinds = Kinds(question);

        // Assert
        Assert.Empty(kinds);
    }

    [Fact]
    public void Every_kind_has_heading_words_that_survive_analysis()
    {
        // Assert
        Assert.All(QuestionTypes.Kinds.Append(QuestionTypes.Definition), k => Assert.NotEmpty(k.SectionTerms));
        Assert.Equal(QuestionTypes.Kinds.Count, QuestionTypes.Kinds.Select(k => k.Name).Distinct().Count());
    }

    [Fact]
    public void A_question_of_a_known_kind_multiplies_the_topic_query_by_the_heading_factor()
    {
        // Arrange
        var sut = new QueryBuilder(SynonymMap.Empty, RankingSettings.Default with { QuestionTypeBoost = 1.5f });

        // Act
        var plan = sut.Build("What are the symptoms of leukemia?", _ => 1.0);

        // Assert
        var boosted = Assert.IsType<HeadingBoostQuery>(plan.Query);
        Assert.Equal(1.5f, boosted.Factor);
        var headings = Assert.IsType<BooleanQuery>(boosted.Headings);
        Assert.All(headings.Clauses, c => Assert.Equal(IndexFields.Section, Assert.IsType<TermQuery>(c.Query).Term.Field));
        Assert.Contains(headings.Clauses, c => ((TermQuery)c.Query).Term.Text == "symptom");
    }

    [Fact]
    public void A_heading_factor_of_1_leaves_the_topic_query_alone()
    {
        // Arrange
        var sut = new QueryBuilder(SynonymMap.Empty, RankingSettings.Default with { QuestionTypeBoost = 1f });

        // Act
        var plan = sut.Build("What are the symptoms of leukemia?", _ => 1.0);

        // Assert
        Assert.IsType<BooleanQuery>(plan.Query);
    }

    [Fact]
    public void Among_passages_on_one_topic_the_one_under_the_asked_for_heading_ranks_first_and_a_heading_alone_finds_nothing()
    {
        // Arrange: three passages about one disease, and a symptoms section about something else.
        using var directory = new RAMDirectory();
        IndexBuilder.Build(
        [
            Passage("leukemia-overview", "Leukemia", "Information", "Leukemia is a cancer of the blood cells, and leukemia is the most common cancer in children."),
            Passage("leukemia-symptoms", "Leukemia", "Symptoms", "Leukemia can cause fever, tiredness and easy bruising."),
            Passage("leukemia-treatment", "Leukemia", "Treatment", "Leukemia is treated with chemotherapy and sometimes a transplant."),
            Passage("gout-symptoms", "Gout", "Symptoms", "Gout causes a painful, swollen joint."),
        ], directory);
        using var searcher = new KnowledgeSearcher(directory, RankingSettings.Default);
        var builder = new QueryBuilder(SynonymMap.Empty, RankingSettings.Default);

        // Act
        var symptoms = searcher.SearchIds("What are the symptoms of leukemia?", builder, 10);
        var treatment = searcher.SearchIds("How is leukemia treated?", builder, 10);

        // Assert
        Assert.Equal("leukemia-symptoms", symptoms[0].Id);
        Assert.Equal("leukemia-treatment", treatment[0].Id);
        Assert.DoesNotContain(treatment, s => s.Id == "gout-symptoms");
    }

    private static Passage Passage(string id, string title, string section, string text) =>
        new(id, id, title, section, "", 0, text, PassageKind.Article, null);
}
