using GeneBot.Chat;
using GeneBot.Knowledge.Safety;
using GeneBot.Privacy;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GeneBot.Tests.Privacy;

public sealed class FirstUseOutageTests
{
    private sealed class UnreachableRegistry : IFirstUseRegistry
    {
        public ValueTask<bool> TryMarkFirstUseAsync(string userKey, CancellationToken cancellationToken = default) =>
            throw new NpgsqlException("Failed to connect to 127.0.0.1:5432");
    }

    [Fact]
    public async Task With_the_database_down_the_first_use_note_is_left_out_instead_of_failing_the_reply()
    {
        // Arrange
        var sut = new PrivateReplyPolicy(new PrivacyDetector(PrivacyRules.None), new UnreachableRegistry(), new UserHasher(Options.Create(new PrivacyOptions())));

        // Act
        var note = await sut.FirstUseNoteAsync(new ChatRequest("what is car-t?", "1200000000000000004", "place-1"));

        // Assert
        Assert.Null(note);
    }

    [Fact]
    public async Task With_the_registry_up_a_new_member_gets_the_note_once()
    {
        // Arrange
        var sut = new PrivateReplyPolicy(new PrivacyDetector(PrivacyRules.None), new InMemoryFirstUseRegistry(Options.Create(new PrivacyOptions())), new UserHasher(Options.Create(new PrivacyOptions())));
        var request = new ChatRequest("what is car-t?", "1200000000000000004", "place-1");

        // Act
        var first = await sut.FirstUseNoteAsync(request);
        var second = await sut.FirstUseNoteAsync(request);

        // Assert
        Assert.Equal(PrivacyText.FirstUseNote, first);
        Assert.Null(second);
    }
}
