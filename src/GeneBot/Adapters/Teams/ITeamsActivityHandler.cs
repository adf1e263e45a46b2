using GeneBot.Adapters.Teams.Models;

namespace GeneBot.Adapters.Teams;

/// <summary>One kind of Teams activity GeneBot acts on. The worker hands each activity to the first handler that <see cref="Handles"/> it; nobody's are ignored.</summary>
public interface ITeamsActivityHandler
{
    /// <summary>Whether the activity is this handler's kind (cheap, and true for at most one handler).</summary>
    bool Handles(Activity activity);

    Task HandleAsync(Activity activity, CancellationToken cancellationToken = default);
}
