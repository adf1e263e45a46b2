using GeneBot.Knowledge.Analysis;

namespace GeneBot.Knowledge.Tests.Analysis;

public sealed class SynonymMapTests
{
    [Fact]
    public void Each_line_is_one_group_of_lower_cased_trimmed_phrases()
    {
        // Act
        var map = SynonymMap.Parse("CRS ,  Cytokine Release Syndrome\r\nAAV, adeno-associated virus\n");

        // Assert
        Assert.Equal(2, map.Groups.Count);
        Assert.Equal(["crs", "cytokine release syndrome"], map.Groups[0]);
        Assert.Equal(["aav", "adeno-associated virus"], map.Groups[1]);
    }

    [Fact]
    public void Comments_blank_lines_single_phrases_and_repeats_are_left_out()
    {
        // Act
        var map = SynonymMap.Parse("# a comment\n\nlonely\naav, AAV # trailing comment\nscd, sickle cell disease, SCD, # note\n,,\n");

        // Assert
        var group = Assert.Single(map.Groups);
        Assert.Equal(["scd", "sickle cell disease"], group);
    }
}
