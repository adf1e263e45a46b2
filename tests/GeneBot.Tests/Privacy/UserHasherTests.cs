using GeneBot.Privacy;
using Microsoft.Extensions.Options;

namespace GeneBot.Tests.Privacy;

public sealed class UserHasherTests
{
    private static UserHasher CreateSut(string salt = "") => new(Options.Create(new PrivacyOptions { UserIdSalt = salt }));

    [Fact]
    public void The_same_id_hashes_the_same_within_a_salt_and_never_shows_the_id()
    {
        // Arrange
        var sut = CreateSut("pepper");

        // Act
        var first = sut.Hash("1200000000000000004");
        var again = sut.Hash("1200000000000000004");
        var other = sut.Hash("1200000000000000005");

        // Assert
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.DoesNotContain("1200000000000000004", first, StringComparison.Ordinal);
        Assert.Matches("^u-[0-9a-f]{16}$", first);
    }

    [Fact]
    public void Different_salts_and_an_unset_salt_give_unlinkable_hashes()
    {
        // Act
        var a = CreateSut("a").Hash("42");
        var b = CreateSut("b").Hash("42");
        var random1 = CreateSut().Hash("42");
        var random2 = CreateSut().Hash("42");

        // Assert
        Assert.NotEqual(a, b);
        Assert.NotEqual(random1, random2);
    }
}
