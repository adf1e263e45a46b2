using GeneBot.Knowledge.Semantic;

namespace GeneBot.Knowledge.Tests.Semantic;

public sealed class ScoreFusionTests
{
    [Fact]
    public void With_no_weight_on_similarity_the_lexical_scores_are_kept()
    {
        // Act
        var fused = ScoreFusion.Fuse([3f, 2f, 1f], [0.1f, 0.2f, 0.9f], weight: 0);

        // Assert
        Assert.Equal([3f, 2f, 1f], fused, (a, b) => Math.Abs(a - b) < 1e-5f);
    }

    [Fact]
    public void A_much_more_similar_candidate_overtakes_a_slightly_better_lexical_match()
    {
        // Act
        var fused = ScoreFusion.Fuse([3.0f, 2.9f, 1.0f], [0.2f, 0.8f, 0.3f], weight: 0.7);

        // Assert
        Assert.True(fused[1] > fused[0], $"fused {string.Join(", ", fused)}");
        Assert.True(fused[0] > fused[2]);
    }

    [Fact]
    public void Only_the_spread_of_each_score_matters_not_its_scale()
    {
        // Act: the same similarities scaled and shifted give the same fusion.
        var plain = ScoreFusion.Fuse([5f, 4f, 2f, 1f], [0.1f, 0.4f, 0.2f, 0.3f], weight: 0.5);
        var scaled = ScoreFusion.Fuse([5f, 4f, 2f, 1f], [10.1f, 40.1f, 20.1f, 30.1f], weight: 0.5);

        // Assert
        Assert.Equal(plain, scaled, (a, b) => Math.Abs(a - b) < 1e-3f);
    }

    [Fact]
    public void Fused_scores_stay_in_the_lexical_scores_units()
    {
        // Arrange
        float[] lexical = [12f, 9f, 7f, 4f];

        // Act
        var fused = ScoreFusion.Fuse(lexical, [0.5f, 0.1f, 0.9f, 0.3f], weight: 0.7);

        // Assert: standard scores average zero, so the mix keeps the lexical mean.
        Assert.Equal(lexical.Average(), fused.Average(), 3);
        Assert.All(fused, f => Assert.InRange(f, 0f, 20f));
    }

    [Fact]
    public void Equal_similarities_leave_the_lexical_order()
    {
        // Act
        var fused = ScoreFusion.Fuse([3f, 2f, 1f], [0.5f, 0.5f, 0.5f], weight: 0.7);

        // Assert
        Assert.True(fused[0] > fused[1] && fused[1] > fused[2]);
    }

    [Theory]
    [InlineData(new float[] { 2f }, new float[] { 0.9f })]
    [InlineData(new float[] { 2f, 2f, 2f }, new float[] { 0.1f, 0.9f, 0.5f })]
    public void One_candidate_or_equal_lexical_scores_are_returned_unchanged(float[] lexical, float[] similarity)
    {
        // Act
        var fused = ScoreFusion.Fuse(lexical, similarity, weight: 0.7);

        // Assert
        Assert.Equal(lexical, fused);
    }

    [Fact]
    public void A_weight_outside_zero_to_one_is_refused()
    {
        // Act & Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreFusion.Fuse([1f, 2f], [0.1f, 0.2f], weight: 1.5));
    }
}
