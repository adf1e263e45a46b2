using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GeneBot.Knowledge.Safety;

/// <summary>The phrase and pattern lists of <c>corpus/triage.yml</c>, compiled.</summary>
public sealed class TriageRules
{
    public const string FileName = "triage.yml";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    public required IReadOnlyList<Regex> Crisis { get; init; }
    public required IReadOnlyList<Regex> CrisisExclusions { get; init; }
    public required IReadOnlyList<Regex> UrgentRedFlags { get; init; }
    public required IReadOnlyList<Regex> UrgentSymptoms { get; init; }
    public required IReadOnlyList<Regex> UrgentStrong { get; init; }
    public required IReadOnlyList<Regex> UrgentNow { get; init; }
    public required IReadOnlyList<Regex> UrgentGeneral { get; init; }
    public required IReadOnlyList<Regex> UrgentResolved { get; init; }
    public required IReadOnlyList<Regex> Advice { get; init; }

    /// <summary>Loads the rules from a corpus folder; a missing file or a bad pattern is an error (GeneBot must not run without triage).</summary>
    public static TriageRules Load(string corpusRoot)
    {
        var path = Path.Combine(corpusRoot, FileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"The safety triage rules '{path}' are missing; GeneBot will not answer without them.", path);
        var data = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(path)) ?? [];

        IReadOnlyList<Regex> Compile(string key) => (data.TryGetValue(key, out var patterns) ? patterns : [])
            .Select(p =>
            {
                try
                {
                    return new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
                }
                catch (ArgumentException ex)
                {
                    throw new InvalidDataException($"{path}: bad pattern in '{key}': {p} ({ex.Message})", ex);
                }
            })
            .ToArray();

        return new TriageRules
        {
            Crisis = Compile("crisis"),
            CrisisExclusions = Compile("crisis_exclusions"),
            UrgentRedFlags = Compile("urgent_red_flags"),
            UrgentSymptoms = Compile("urgent_symptoms"),
            UrgentStrong = Compile("urgent_strong"),
            UrgentNow = Compile("urgent_now"),
            UrgentGeneral = Compile("urgent_general"),
            UrgentResolved = Compile("urgent_resolved"),
            Advice = Compile("advice"),
        };
    }
}
