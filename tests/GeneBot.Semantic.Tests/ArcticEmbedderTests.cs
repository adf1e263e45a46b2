using GeneBot.Knowledge.Semantic;

namespace GeneBot.Semantic.Tests;

public sealed class ArcticEmbedderTests(ModelFixture model) : IClassFixture<ModelFixture>
{
    private const string Question = "How many people are affected by Zeller syndrome?";
    private const string Frequency = "Zeller syndrome, frequency. About 1 in 40,000 newborns have this condition.";
    private const string Resources = "Zeller syndrome, treatment. These resources address the diagnosis or management of Zeller syndrome: the Zeller syndrome clinic, the Zeller syndrome support group.";

    private ArcticEmbedder Sut => model.Embedder;

    [Fact]
    public void Questions_and_passages_become_unit_vectors_of_384_numbers()
    {
        // Act
        var question = Sut.EmbedQuestion(Question);
        var passages = Sut.EmbedPassages([Frequency, Resources]);

        // Assert
        Assert.All(passages.Append(question), v =>
        {
            Assert.Equal(384, v.Length);
            Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 3);
        });
    }

    [Fact]
    public void A_question_is_closer_to_the_passage_that_answers_it_than_to_one_that_repeats_its_words()
    {
        // Act
        var question = Sut.EmbedQuestion(Question);
        var passages = Sut.EmbedPassages([Frequency, Resources]);

        // Assert
        var answers = PassageVectors.Dot(question, passages[0]);
        var repeats = PassageVectors.Dot(question, passages[1]);
        Assert.True(answers > repeats + 0.02, $"answers {answers}, repeats {repeats}");
    }

    [Fact]
    public void A_passage_embedded_alone_or_in_a_batch_gets_the_same_vector()
    {
        // Act
        var alone = Sut.EmbedPassages([Frequency])[0];
        var batched = Sut.EmbedPassages([Resources, Frequency])[1];

        // Assert
        Assert.Equal(1.0, PassageVectors.Dot(alone, batched), 3);
    }

    [Fact]
    public async Task Questions_embedded_on_several_threads_get_the_vectors_they_get_one_at_a_time()
    {
        // Arrange
        string[] questions = ["What is CAR-T?", "Are oncolytic viruses safe?", Question, "Who can get Zolgensma?"];
        var sequential = questions.Select(Sut.EmbedQuestion).ToArray();

        // Act
        var parallel = await Task.WhenAll(questions.Select(q => Task.Run(() => Sut.EmbedQuestion(q))));

        // Assert
        for (var i = 0; i < questions.Length; i++)
            Assert.Equal(1.0, PassageVectors.Dot(sequential[i], parallel[i]), 4);
    }

    [Fact]
    public void No_passages_give_no_vectors()
    {
        // Act & Assert
        Assert.Empty(Sut.EmbedPassages([]));
    }
}
