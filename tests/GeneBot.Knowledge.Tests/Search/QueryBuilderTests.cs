using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Tests.Support;
using Lucene.Net.Search;

namespace GeneBot.Knowledge.Tests.Search;

public sealed class QueryBuilderTests
{
    private static QueryBuilder CreateSut(SynonymMap? synonyms = null) => new(synonyms ?? SynonymMap.Empty, RankingSettings.Default);

    private static QueryPlan Build(string? question, SynonymMap? synonyms = null) => CreateSut(synonyms).Build(question, _ => 1.0);

    private static string Stem(string word) => GeneAnalyzer.Stemmed.Tokens(word).Single().Term;

    /// <summary>Every field a query (or any query inside it) searches.</summary>
    private static IEnumerable<string> Fields(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => Fields(c.Query)),
        DisjunctionMaxQuery max => max.Disjuncts.SelectMany(Fields),
        TermQuery term => [term.Term.Field],
        PhraseQuery phrase => phrase.GetTerms().Select(t => t.Field),
        HeadingBoostQuery boosted => Fields(boosted.Topic).Concat(Fields(boosted.Headings)),
        _ => [query.GetType().Name],
    };

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("the of and is")]
    [InlineData("What is it? How do you do?")]
    [InlineData("?!*:*")]
    public void A_question_with_no_topic_word_gives_an_empty_plan(string? question)
    {
        // Act
        var plan = Build(question);

        // Assert
        Assert.True(plan.IsEmpty);
        Assert.Null(plan.Query);
        Assert.Empty(plan.Concepts);
    }

    [Fact]
    public void Question_words_are_dropped_and_topic_words_become_stemmed_concepts()
    {
        // Act
        var plan = Build("What are the side effects of gene therapies?");

        // Assert
        Assert.Equal(["side", "effect", "gene", "therapi"], plan.Concepts.Select(c => c.Term));
        Assert.Equal([("side", "effect"), ("effect", "gene"), ("gene", "therapi")], plan.Pairs);
        Assert.Equal("What are the side effects of gene therapies?", plan.Question);
    }

    [Fact]
    public void Each_concept_is_weighted_by_the_idf_the_searcher_gives()
    {
        // Arrange
        var idf = new Dictionary<string, double> { ["aav"] = 2.5, ["vector"] = 0.4 };

        // Act
        var plan = CreateSut().Build("AAV vectors", t => idf[t]);

        // Assert
        Assert.Equal([2.5, 0.4], plan.Concepts.Select(c => c.Weight));
    }

    [Fact]
    public void A_concept_of_a_synonym_phrase_lists_the_other_phrases_as_alternatives()
    {
        // Arrange
        var synonyms = Some.Synonyms("t-vec, talimogene laherparepvec, imlygic");

        // Act
        var plan = Build("Is Imlygic approved?", synonyms);

        // Assert
        var concept = Assert.Single(plan.Concepts, c => c.Term == Stem("imlygic"));
        Assert.Equal([["t", "vec"], [Stem("talimogene"), Stem("laherparepvec")]], concept.Alternatives.Select(a => a.ToArray()));
        Assert.True(concept.FoundIn(new HashSet<string> { "t", "vec", "melanoma" }));
        Assert.False(concept.FoundIn(new HashSet<string> { "t", "cell" }));
        Assert.Contains(plan.HighlightPhrases, p => p.SequenceEqual([Stem("talimogene"), Stem("laherparepvec")]));
        Assert.DoesNotContain(Stem("laherparepvec"), plan.HighlightTerms);
    }

    [Fact]
    public void A_multi_word_synonym_is_recognised_inside_a_longer_question()
    {
        // Arrange
        var synonyms = Some.Synonyms("crs, cytokine release syndrome");

        // Act
        var plan = Build("how long does cytokine release syndrome last", synonyms);

        // Assert
        Assert.All(plan.Concepts.Where(c => c.Term is "cytokin" or "releas" or "syndrom"), c => Assert.Equal([Stem("crs")], c.Alternatives.Single()));
        Assert.Contains($"body:{Stem("crs")}", plan.Query!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title:crispr body:aav")]
    [InlineData("url:* OR kind:Faq")]
    [InlineData("id:aav-gene-therapy#0")]
    public void The_query_searches_only_body_title_section_and_exact_whatever_fields_the_question_names(string question)
    {
        // Act
        var plan = Build(question);

        // Assert
        Assert.NotNull(plan.Query);
        Assert.All(Fields(plan.Query), f => Assert.Contains(f, new[] { "body", "title", "section", "exact" }));
        Assert.Equal(["body", "exact", "section", "title"], Fields(plan.Query).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_long_question_is_capped_at_32_concepts()
    {
        // Arrange
        var question = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"word{i}"));

        // Act
        var plan = Build(question);

        // Assert
        Assert.Equal(QueryBuilder.MaxTerms, plan.Concepts.Count);
        Assert.True(((BooleanQuery)plan.Query!).Clauses.Count <= BooleanQuery.MaxClauseCount);
    }

    [Fact]
    public void A_word_the_corrector_knows_a_fix_for_is_replaced_before_the_query_is_built()
    {
        // Act
        var plan = CreateSut().Build("therepy risks", _ => 1.0, t => t == "therepi" ? "therapi" : null);

        // Assert
        Assert.Equal(["therapi", "risk"], plan.Concepts.Select(c => c.Term));
        Assert.Contains("body:therapi", plan.Query!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("body:therepi", plan.Query.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_of_a_synonym_name_is_never_spell_corrected()
    {
        // Arrange: a corrector that, like the real one on the bundled corpus, turns "black" into "back".
        var synonyms = Some.Synonyms("boxed warning, black box warning");

        // Act
        var plan = CreateSut(synonyms).Build("black box warning", _ => 1.0, t => t == "black" ? "back" : null);

        // Assert
        Assert.DoesNotContain("back", plan.Concepts.Select(c => c.Term));
        Assert.Contains(plan.Concepts, c => c.Term == "black" && c.Alternatives.Any(a => a.SequenceEqual(["box", "warn"])));
    }

    [Theory]
    [InlineData("car\u0000t\u0007 therapy", "cart therapy")]
    [InlineData("gene\ttherapy\r\nnow", "gene therapy  now")]
    [InlineData("Z\u0351a\u0346l\u0350g\u0312o", "Zalgo")]
    [InlineData("\u202Egene\u200B therapy\uFEFF", "gene therapy")]
    [InlineData("  padded  ", "padded")]
    public void Cleaning_removes_control_format_and_combining_characters(string question, string expected)
    {
        // Act
        var clean = QueryBuilder.Clean(question);

        // Assert
        Assert.Equal(expected, clean);
    }

    [Fact]
    public void Cleaning_cuts_at_500_characters_without_splitting_a_surrogate_pair()
    {
        // Arrange
        var question = new string('a', 499) + "🧬🧬";

        // Act
        var clean = QueryBuilder.Clean(question);

        // Assert
        Assert.Equal(new string('a', 499), clean);
    }

    [Fact]
    public void Cleaning_keeps_a_whole_surrogate_pair_that_fits()
    {
        // Act
        var clean = QueryBuilder.Clean(new string('a', 498) + "🧬🧬");

        // Assert
        Assert.Equal(new string('a', 498) + "🧬", clean);
    }

    [Fact]
    public void Building_a_query_from_any_hand_picked_hostile_question_never_throws()
    {
        foreach (var question in HostileStrings.Fixed())
        {
            // Act
            var plan = Build(question);

            // Assert
            Assert.InRange(plan.Question.Length, 0, QueryBuilder.MaxQuestionChars);
            Assert.Equal(plan.Query is null, plan.IsEmpty);
            if (plan.Query is not null)
                Assert.All(Fields(plan.Query), f => Assert.Contains(f, new[] { "body", "title", "section", "exact" }));
        }
    }

    [Fact]
    public void Building_queries_from_thousands_of_seeded_random_strings_never_throws()
    {
        // Arrange
        var sut = CreateSut(Some.Synonyms("t-vec, tvec, imlygic", "crs, cytokine release syndrome", "car-t, car t"));
        var count = 0;

        foreach (var question in HostileStrings.Random(5_000))
        {
            // Act
            var plan = sut.Build(question, _ => 1.0);

            // Assert
            Assert.True(plan.Question.Length <= QueryBuilder.MaxQuestionChars, $"question {count} was not cut");
            Assert.False(plan.Question.Length > 0 && char.IsHighSurrogate(plan.Question[^1]), $"question {count} ends in half a surrogate pair");
            Assert.True(plan.Concepts.Count <= QueryBuilder.MaxTerms);
            count++;
        }
        Assert.Equal(5_000, count);
    }

    [Fact]
    public void Who_a_question_is_about_is_dropped_but_children_stay_a_topic()
    {
        // Arrange
        var synonyms = SynonymMap.Parse("children, kids");

        // Act
        var aboutDad = Build("what does relapsed mean on my dads paperwork");
        var aboutKids = Build("how do i explain car t to my kids", synonyms);

        // Assert
        Assert.DoesNotContain(aboutDad.Concepts, c => c.Term == "dad");
        Assert.Contains(aboutKids.Concepts, c => c.Term == "kid" && c.Alternatives.Any(a => a.SequenceEqual(["children"])));
    }
}
