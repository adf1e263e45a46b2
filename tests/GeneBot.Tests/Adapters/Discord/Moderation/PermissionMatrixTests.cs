using System.Text.Json;
using System.Text.Json.Nodes;
using GeneBot.Chat;
using GeneBot.Discord.Models;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord.Moderation;

/// <summary>
/// Every privileged command × a member with and without each permission or role, through FakeDiscord's
/// INTERACTION_CREATE with real member.permissions strings: allowed or denied, checked on every invocation.
/// </summary>
public sealed class PermissionMatrixTests(ModerationFixture fixture) : IClassFixture<ModerationFixture>
{
    private const string InteractionCreate = "INTERACTION_CREATE";

    public static readonly (string Name, string Permissions, string[] Roles, ChatRole Role)[] Members =
    [
        ("no permissions", "0", [], ChatRole.Member),
        ("a member's usual permissions", SomeInteraction.Everyone, [], ChatRole.Member),
        ("MANAGE_MESSAGES", "8192", [], ChatRole.Moderator),
        ("MANAGE_MESSAGES with others", "10240", [], ChatRole.Moderator),
        ("ADMINISTRATOR", "8", [], ChatRole.Admin),
        ("MANAGE_GUILD", "32", [], ChatRole.Admin),
        ("a moderator role", SomeInteraction.Everyone, [SomeInteraction.ModeratorRoleId], ChatRole.Moderator),
        ("an admin role", SomeInteraction.Everyone, [SomeInteraction.AdminRoleId], ChatRole.Admin),
        ("an unrelated role", SomeInteraction.Everyone, ["1500000000000000077"], ChatRole.Member),
    ];

    public static readonly (string Name, ChatRole Needs)[] Commands =
    [
        ("faq post", ChatRole.Moderator),
        ("faq add", ChatRole.Moderator),
        ("faq edit", ChatRole.Moderator),
        ("faq remove", ChatRole.Moderator),
        ("faq history", ChatRole.Moderator),
        ("reindex", ChatRole.Admin),
        ("stats", ChatRole.Admin),
    ];

    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var command in Commands)
        {
            foreach (var member in Members)
                data.Add(command.Name, member.Name, member.Role >= command.Needs);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_privileged_command_is_allowed_exactly_for_members_with_the_permission_or_role(string command, string memberName, bool allowed)
    {
        // Arrange
        var member = Members.Single(m => m.Name == memberName);
        var interaction = Interaction(command, SomeInteraction.Member(member.Permissions, member.Roles));

        // Act
        var id = await fixture.Harness.SendAsync(InteractionCreate, interaction);
        var callback = await fixture.Harness.WaitForCallbackAsync(id);

        // Assert
        Assert.Equal(204, callback.Status);
        var refused = IsRefusal(callback.Json);
        Assert.True(allowed != refused, $"{command} by a member with {memberName}: expected {(allowed ? "allowed" : "denied")}, got {callback.Json}");
    }

    [Fact]
    public async Task Permissions_are_read_from_each_invocation_so_a_revoked_permission_denies_at_once()
    {
        // Arrange
        var moderator = SomeInteraction.Member("8192");
        var revoked = SomeInteraction.Member(SomeInteraction.Everyone);

        // Act
        var first = await fixture.Harness.WaitForCallbackAsync(await fixture.Harness.SendAsync(InteractionCreate, Interaction("faq history", moderator)));
        var second = await fixture.Harness.WaitForCallbackAsync(await fixture.Harness.SendAsync(InteractionCreate, Interaction("faq history", revoked)));

        // Assert
        Assert.False(IsRefusal(first.Json));
        Assert.True(IsRefusal(second.Json));
    }

    private static JsonObject Interaction(string command, JsonObject member) => command switch
    {
        "faq post" => SomeInteraction.Subcommand("faq", "post", member, ("key", "what-is-car-t")),
        "faq add" => SomeInteraction.Subcommand("faq", "add", member, ("key", "matrix-" + Some.NewId()), ("title", "A matrix entry?"),
            ("body", "An entry added by the permission matrix."), ("link", "what-is-gene-therapy")),
        "faq edit" => SomeInteraction.Subcommand("faq", "edit", member, ("key", "no-such-entry"), ("title", "Changed?")),
        "faq remove" => SomeInteraction.Subcommand("faq", "remove", member, ("key", "no-such-entry")),
        "faq history" => SomeInteraction.Subcommand("faq", "history", member, ("key", "what-is-car-t")),
        "reindex" => SomeInteraction.Command("reindex", member),
        "stats" => SomeInteraction.Command("stats", member),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
    };

    /// <summary>The callback is the ephemeral "only moderators/admins" reply.</summary>
    private static bool IsRefusal(JsonElement callback)
    {
        if (callback.GetProperty("type").GetInt32() != InteractionResponse.ChannelMessageWithSource)
            return false;
        var content = SentJson.Content(callback.GetProperty("data"));
        return content == ChatErrors.ModeratorsOnly.Text || content == ChatErrors.AdminsOnly.Text;
    }
}
