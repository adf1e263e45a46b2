using GeneBot.Features.Ask;

namespace GeneBot.Chat;

/// <summary>Routes a chat request: a leading <c>/name</c> goes to the command with that name; anything else is a question.</summary>
public sealed class ChatRouter(IEnumerable<IChatCommand> commands, AskFeature ask)
{
    private readonly Dictionary<string, IChatCommand> byName = commands
        .SelectMany(c => c.Names.Select(n => (n, c)))
        .ToDictionary(x => x.n, x => x.c, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<IChatCommand> Commands => byName.Values.Distinct().ToArray();

    /// <summary>The question feature, for platform buttons that act on an earlier answer ("Explain simpler", "More sources").</summary>
    public AskFeature Ask => ask;

    public ChatReply Handle(ChatRequest request)
    {
        var text = request.Text.Trim();
        if (text.StartsWith('/'))
        {
            var space = text.IndexOf(' ');
            var name = space < 0 ? text[1..] : text[1..space];
            var arguments = space < 0 ? "" : text[(space + 1)..].Trim();
            if (byName.TryGetValue(name, out var command))
                return command.Handle(request, arguments);
        }
        return ask.Handle(request);
    }
}
