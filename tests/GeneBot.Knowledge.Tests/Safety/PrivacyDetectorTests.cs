using GeneBot.Knowledge.Safety;
using GeneBot.Knowledge.Tests.CorpusContent;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Safety;

/// <summary>The privacy rules of the bundled corpus (corpus/privacy.yml), on phrasings written for these tests (the eval set is separate).</summary>
public sealed class PrivacyDetectorTests(BundledCorpus corpus) : IClassFixture<BundledCorpus>
{
    private PrivacyDetector CreateSut() => PrivacyDetector.For(corpus.Root);

    [Theory]
    [InlineData("my sister Laura has stage 3 breast cancer, is there a gene therapy?", "name")]
    [InlineData("he's 61 and his myeloma relapsed, what is CAR-T?", "age")]
    [InlineData("my biopsy on 03/04/2025 showed lymphoma, what now?", "date")]
    [InlineData("my dad has leukemia and is at Addenbrooke's Hospital, do they do CAR-T?", "hospital")]
    [InlineData("contact me: sam@example.org", "email")]
    [InlineData("my mrn: 12345678", "record_number")]
    [InlineData("ring 020 7946 0958 please", "phone")]
    public void A_diagnosis_with_an_identifying_detail_or_a_direct_identifier_is_flagged(string message, string kind)
    {
        // Act
        var result = CreateSut().Detect(message);

        // Assert
        Assert.True(result.HasPersonalDetails);
        Assert.Contains(kind, result.Kinds);
    }

    [Theory]
    [InlineData("what is CAR-T?")]
    [InlineData("can a 70 year old get car-t for lymphoma?")]
    [InlineData("Kymriah was approved on 30 August 2017 for ALL")]
    [InlineData("does the Mayo Clinic treat lymphoma with CAR-T?")]
    [InlineData("my lymphoma came back, what is CAR-T?")]
    [InlineData("")]
    public void General_questions_and_diagnoses_without_identifying_details_are_not_flagged(string message)
    {
        // Assert
        Assert.False(CreateSut().Detect(message).HasPersonalDetails);
    }

    [Fact]
    public void Kinds_name_what_was_found_never_the_details()
    {
        // Act
        var result = CreateSut().Detect("My husband Tom, 52, was diagnosed with DLBCL; email tom@example.com");

        // Assert
        Assert.DoesNotContain(result.Kinds, k => k.Contains("Tom", StringComparison.Ordinal) || k.Contains('@'));
    }

    [Fact]
    public void Hostile_input_is_handled_within_bounds()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var results = HostileStrings.Fixed().Concat(HostileStrings.Random(200)).Select(s => sut.Detect(s)).ToArray();

        // Assert
        Assert.All(results, r => Assert.NotNull(r.Kinds));
    }

    [Fact]
    public void A_corpus_without_privacy_rules_flags_nothing()
    {
        // Arrange
        using var empty = new TempDirectory();

        // Act
        var result = PrivacyDetector.For(empty.Path).Detect("my mrn: 12345678, email sam@example.org");

        // Assert
        Assert.False(result.HasPersonalDetails);
    }
}
