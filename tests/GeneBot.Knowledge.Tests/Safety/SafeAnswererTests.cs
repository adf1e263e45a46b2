using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Safety;
using GeneBot.Knowledge.Tests.CorpusContent;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Safety;

/// <summary>Triage before retrieval, end to end on the bundled corpus and a real index.</summary>
public sealed class SafeAnswererTests : IClassFixture<SafeAnswererTests.Fixture>
{
    private readonly Fixture fixture;

    public SafeAnswererTests(Fixture fixture) => this.fixture = fixture;

    public sealed class Fixture : IDisposable
    {
        private readonly TempDirectory index = new();

        public Fixture()
        {
            var corpus = new BundledCorpus();
            Knowledge = KnowledgeBase.Open(new KnowledgeOptions { CorpusPath = corpus.Root, IndexPath = index.Combine("index") });
        }

        public KnowledgeBase Knowledge { get; }

        public void Dispose()
        {
            Knowledge.Dispose();
            index.Dispose();
        }
    }

    private SafeAnswerer CreateSut() => SafeAnswering.Create(fixture.Knowledge);

    [Fact]
    public void A_crisis_gets_the_crisis_lines_and_no_retrieval()
    {
        // Act
        var answer = CreateSut().Answer("i dont want to be here anymore");

        // Assert
        Assert.Equal(AnswerStatus.Safety, answer.Status);
        Assert.Equal(TriageClass.Crisis, answer.Triage);
        Assert.Empty(answer.Citations);
        Assert.Contains("988", answer.Text);
        Assert.StartsWith(new SafetyOptions().CrisisMessage, answer.Text);
    }

    [Fact]
    public void Urgent_symptoms_start_with_care_team_or_emergency_services_then_cite_the_library()
    {
        // Act
        var answer = CreateSut().Answer("my husband had car t 4 days ago and tonight he is confused and has a fever");

        // Assert
        Assert.Equal(AnswerStatus.Safety, answer.Status);
        Assert.Equal(TriageClass.Urgent, answer.Triage);
        Assert.StartsWith(new SafetyOptions().UrgentMessage, answer.Text);
        Assert.NotEmpty(answer.Citations);
        Assert.EndsWith(ReplyText.Disclaimer, answer.Text);
    }

    [Fact]
    public void A_personal_decision_gets_the_general_answer_and_a_clear_talk_to_your_care_team()
    {
        // Act
        var answer = CreateSut().Answer("should i stop my treatment to join a car t trial");

        // Assert
        Assert.Equal(TriageClass.Advice, answer.Triage);
        Assert.NotEqual(AnswerStatus.Safety, answer.Status);
        Assert.Contains("care team", answer.Text);
        var title = fixture.Knowledge.Corpus.Articles.Single(a => a.Id == new SafetyOptions().QuestionsArticleId).Title;
        Assert.Contains(title, answer.Text);
        Assert.EndsWith(ReplyText.Disclaimer, answer.Text);
    }

    [Fact]
    public void An_informational_question_is_answered_exactly_as_the_library_answers_it()
    {
        // Act
        var safe = CreateSut().Answer("what are the warning signs of crs");
        var plain = fixture.Knowledge.Ask("what are the warning signs of crs");

        // Assert
        Assert.Equal(TriageClass.Informational, safe.Triage);
        Assert.Equal(plain.Text, safe.Text);
        Assert.Equal(plain.Citations, safe.Citations);
    }
}
