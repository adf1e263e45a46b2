using GeneBot.Adapters.Discord.Rendering;

namespace GeneBot.Tests.Adapters.Discord.Rendering;

public sealed class TextFitTests
{
    [Fact]
    public void Text_within_the_limit_is_unchanged()
    {
        // Act
        var fitted = TextFit.Fit("CAR T cells are a living drug.", 100);

        // Assert
        Assert.Equal("CAR T cells are a living drug.", fitted);
    }

    [Fact]
    public void Long_text_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        // Act
        var fitted = TextFit.Fit("CAR T cells are a living drug that keeps working.", 20);

        // Assert
        Assert.Equal("CAR T cells are a…", fitted);
    }

    [Fact]
    public void A_cut_never_leaves_a_bold_run_or_an_escape_open()
    {
        // Act
        var bold = TextFit.Fit("Some **CAR T-cell therapy is a treatment** made from cells", 30);
        var escaped = TextFit.Fit("abcdefghij\\*klmnopqrstuvwxyz", 12);

        // Assert
        Assert.Equal(1, bold.Split("**").Length % 2);
        Assert.DoesNotContain("\\…", escaped, StringComparison.Ordinal);
        Assert.True(bold.Length <= 30 && escaped.Length <= 12);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        // Arrange
        var dna = string.Concat(Enumerable.Repeat("🧬", 50));

        // Act
        var fitted = TextFit.Fit(dna, 12);

        // Assert
        Assert.True(fitted.Length <= 12);
        Assert.False(char.IsHighSurrogate(fitted[^2]));
        Assert.Equal(fitted.Length - 1, fitted.TakeWhile(c => c != '…').Count());
    }
}
