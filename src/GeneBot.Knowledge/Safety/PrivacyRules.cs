using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GeneBot.Knowledge.Safety;

/// <summary>The pattern lists of <c>corpus/privacy.yml</c>, compiled: what counts as a diagnosis, as a personal cue, and
/// each kind of identifying detail.</summary>
public sealed class PrivacyRules
{
    public const string FileName = "privacy.yml";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>No rules: flags nothing (a corpus without privacy.yml, e.g. a small test corpus).</summary>
    public static PrivacyRules None { get; } = new() { Diagnosis = [], Personal = [], Contextual = new Dictionary<string, IReadOnlyList<Regex>>(), Direct = new Dictionary<string, IReadOnlyList<Regex>>() };

    /// <summary>Health words: a diagnosis, a cancer, a stage, a relapse.</summary>
    public required IReadOnlyList<Regex> Diagnosis { get; init; }

    /// <summary>Words that make a message about someone in particular ("my", "he", "I").</summary>
    public required IReadOnlyList<Regex> Personal { get; init; }

    /// <summary>Details that identify someone only together with a diagnosis and a personal cue: names, ages, dates, hospitals.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Regex>> Contextual { get; init; }

    /// <summary>Details that identify someone on their own: dates of birth, record numbers, phone numbers, emails, addresses.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Regex>> Direct { get; init; }

    public bool IsEmpty => Diagnosis.Count == 0 && Direct.Count == 0;

    /// <summary>Loads the rules from a corpus folder: <see cref="None"/> when the file is absent; a bad pattern is an error.</summary>
    public static PrivacyRules Load(string corpusRoot)
    {
        var path = Path.Combine(corpusRoot, FileName);
        if (!File.Exists(path))
            return None;
        var data = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<PrivacyFile>(File.ReadAllText(path)) ?? new PrivacyFile();

        IReadOnlyList<Regex> Compile(string key, IEnumerable<string>? patterns) => (patterns ?? [])
            .Select(p =>
            {
                try
                {
                    return new Regex(p, RegexOptions.CultureInvariant, MatchTimeout);
                }
                catch (ArgumentException ex)
                {
                    throw new InvalidDataException($"{path}: bad pattern in '{key}': {p} ({ex.Message})", ex);
                }
            })
            .ToArray();

        IReadOnlyDictionary<string, IReadOnlyList<Regex>> Kinds(string section, Dictionary<string, List<string>>? kinds) =>
            (kinds ?? []).ToDictionary(k => k.Key, k => Compile($"{section}.{k.Key}", k.Value));

        return new PrivacyRules
        {
            Diagnosis = Compile("diagnosis", data.Diagnosis),
            Personal = Compile("personal", data.Personal),
            Contextual = Kinds("contextual", data.Contextual),
            Direct = Kinds("direct", data.Direct),
        };
    }

    private sealed class PrivacyFile
    {
        public List<string>? Diagnosis { get; set; }
        public List<string>? Personal { get; set; }
        public Dictionary<string, List<string>>? Contextual { get; set; }
        public Dictionary<string, List<string>>? Direct { get; set; }
    }
}
