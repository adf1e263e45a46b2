using System.Text.RegularExpressions;
using GeneBot.Knowledge.Safety;
using GeneBot.Knowledge.Tests.CorpusContent;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Safety;

/// <summary>The triage rules of the bundled corpus (corpus/triage.yml), on phrasings written for these tests (the eval set is separate).</summary>
public sealed class TriageClassifierTests(BundledCorpus corpus) : IClassFixture<BundledCorpus>
{
    private TriageClassifier CreateSut() => new(TriageRules.Load(corpus.Root));

    [Theory]
    [InlineData("my wife had car t on monday and tonight she has a fever of 39")]
    [InlineData("he is really confused and cant find his words, day 5 after cart")]
    [InlineData("Help! My dad is having a seizure")]
    [InlineData("i cant breathe properly since the infusion")]
    [InlineData("my son fainted an hour after his infusion")]
    [InlineData("chest pain started 20 minutes ago")]
    public void Symptoms_happening_now_are_urgent(string message)
    {
        // Assert
        Assert.Equal(TriageClass.Urgent, CreateSut().Classify(message).Class);
    }

    [Theory]
    [InlineData("what are the signs of crs?")]
    [InlineData("what is icans")]
    [InlineData("can car-t cause confusion")]
    [InlineData("how is a seizure after car-t treated")]
    [InlineData("why do people get a fever after car t")]
    [InlineData("what does suicide gene therapy mean")]
    [InlineData("my mum had crs last year but shes fine now, can it happen again?")]
    public void Questions_about_the_same_words_that_describe_no_emergency_stay_informational(string message)
    {
        // Assert
        Assert.Equal(TriageClass.Informational, CreateSut().Classify(message).Class);
    }

    [Theory]
    [InlineData("I want to die")]
    [InlineData("i keep thinking about ending my life")]
    [InlineData("honestly everyone would be better off without me")]
    [InlineData("i dont want to be here anymore")]
    public void Thoughts_of_suicide_or_self_harm_are_a_crisis(string message)
    {
        // Assert
        Assert.Equal(TriageClass.Crisis, CreateSut().Classify(message).Class);
    }

    [Fact]
    public void A_crisis_wins_over_urgent_symptoms_in_the_same_message()
    {
        // Act
        var result = CreateSut().Classify("i took all my pills and now i cant breathe");

        // Assert
        Assert.Equal(TriageClass.Crisis, result.Class);
    }

    [Theory]
    [InlineData("should i stop my chemo to join the trial")]
    [InlineData("is car-t right for my dad?")]
    [InlineData("can i take ibuprofen with my treatment")]
    [InlineData("am i eligible for tecelra")]
    public void Requests_for_a_personal_decision_are_advice(string message)
    {
        // Assert
        Assert.Equal(TriageClass.Advice, CreateSut().Classify(message).Class);
    }

    [Fact]
    public void Curly_apostrophes_and_extra_spaces_do_not_hide_a_message()
    {
        // Act
        var result = CreateSut().Classify("I   don’t want to  be here anymore");

        // Assert
        Assert.Equal(TriageClass.Crisis, result.Class);
    }

    [Fact]
    public void A_pattern_that_times_out_counts_as_a_match_so_hostile_text_only_makes_genebot_more_careful()
    {
        // Arrange: a catastrophically backtracking pattern with a tiny timeout.
        var slow = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1));
        var rules = new TriageRules
        {
            Crisis = [slow], CrisisExclusions = [], UrgentRedFlags = [], UrgentSymptoms = [], UrgentStrong = [],
            UrgentNow = [], UrgentGeneral = [], UrgentResolved = [], Advice = [],
        };

        // Act
        var result = new TriageClassifier(rules).Classify(new string('a', 5000) + "!");

        // Assert
        Assert.Equal(TriageClass.Crisis, result.Class);
    }

    [Fact]
    public void Any_text_is_classified_without_throwing()
    {
        // Arrange
        var sut = CreateSut();

        // Act / Assert
        foreach (var text in HostileStrings.Fixed().Concat(HostileStrings.Random(500)))
            Assert.True(Enum.IsDefined(sut.Classify(text).Class));
    }

    [Fact]
    public void Missing_rules_stop_genebot_with_a_message_naming_the_file()
    {
        // Arrange
        using var dir = new TempDirectory();

        // Act
        var error = Assert.Throws<FileNotFoundException>(() => TriageRules.Load(dir.Path));

        // Assert
        Assert.Contains("triage.yml", error.Message);
    }

    [Fact]
    public void A_broken_pattern_is_reported_with_its_file_and_list()
    {
        // Arrange
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, TriageRules.FileName), "crisis:\n  - '(unclosed'\n");

        // Act
        var error = Assert.Throws<InvalidDataException>(() => TriageRules.Load(dir.Path));

        // Assert
        Assert.Contains("'crisis'", error.Message);
        Assert.Contains("(unclosed", error.Message);
    }
}
