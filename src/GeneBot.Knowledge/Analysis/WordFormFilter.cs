using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GeneBot.Knowledge.Analysis;

/// <summary>
/// Brings word forms the Porter stemmer leaves apart onto one spelling, before stemming, on both the index and the
/// question side: British spellings to American ("tumour", "randomised", "leukaemia", "centre") and the common
/// irregular verb forms to their base ("made" → "make", "given" → "give"). Only general English: no topic words.
/// </summary>
public sealed class WordFormFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();

    /// <summary>Irregular verb forms whose base shares no Porter stem with them. Forms that are also a common noun or adjective with another meaning ("left", "found", "fell") are left alone.</summary>
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>
    {
        ["made"] = "make", ["took"] = "take", ["taken"] = "take", ["gave"] = "give", ["given"] = "give",
        ["got"] = "get", ["gotten"] = "get", ["went"] = "go", ["gone"] = "go", ["came"] = "come",
        ["grew"] = "grow", ["grown"] = "grow", ["knew"] = "know", ["known"] = "know", ["kept"] = "keep",
        ["felt"] = "feel", ["began"] = "begin", ["begun"] = "begin", ["chose"] = "choose", ["chosen"] = "choose",
        ["broke"] = "break", ["broken"] = "break", ["thought"] = "think", ["sent"] = "send", ["built"] = "build",
        ["held"] = "hold", ["told"] = "tell", ["said"] = "say", ["meant"] = "mean", ["lost"] = "lose",
        ["paid"] = "pay", ["brought"] = "bring", ["caught"] = "catch", ["fought"] = "fight", ["bought"] = "buy",
        ["sought"] = "seek", ["ran"] = "run", ["wrote"] = "write", ["written"] = "write", ["drove"] = "drive",
        ["driven"] = "drive", ["ate"] = "eat", ["eaten"] = "eat", ["shown"] = "show", ["drew"] = "draw",
        ["drawn"] = "draw", ["stood"] = "stand", ["understood"] = "understand", ["bled"] = "bleed",
        ["slept"] = "sleep", ["spent"] = "spend", ["hid"] = "hide", ["hidden"] = "hide", ["forgot"] = "forget",
        ["forgotten"] = "forget", ["woke"] = "wake", ["woken"] = "wake", ["taught"] = "teach", ["swore"] = "swear",
        ["became"] = "become", ["saw"] = "see", ["seen"] = "see", ["threw"] = "throw", ["thrown"] = "throw",
        ["spoke"] = "speak", ["spoken"] = "speak", ["wore"] = "wear", ["worn"] = "wear", ["bore"] = "bear",
        ["born"] = "bear", ["fled"] = "flee", ["dealt"] = "deal", ["shaken"] = "shake", ["shook"] = "shake",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>British spellings that no rule below covers.</summary>
    private static readonly FrozenDictionary<string, string> British = new Dictionary<string, string>
    {
        ["tumour"] = "tumor", ["tumours"] = "tumor", ["colour"] = "color", ["colours"] = "color", ["behaviour"] = "behavior",
        ["behaviours"] = "behavior", ["favour"] = "favor", ["favourable"] = "favorable", ["labour"] = "labor", ["humour"] = "humor",
        ["odour"] = "odor", ["rumour"] = "rumor", ["honour"] = "honor", ["neighbour"] = "neighbor", ["centre"] = "center",
        ["centres"] = "center", ["litre"] = "liter", ["litres"] = "liter", ["fibre"] = "fiber", ["fibres"] = "fiber",
        ["metre"] = "meter", ["metres"] = "meter", ["programme"] = "program", ["programmes"] = "program",
        ["grey"] = "gray", ["ageing"] = "aging", ["judgement"] = "judgment", ["catalogue"] = "catalog",
        ["dialogue"] = "dialog", ["analogue"] = "analog", ["defence"] = "defense", ["licence"] = "license",
        ["offence"] = "offense", ["practise"] = "practice", ["enrol"] = "enroll", ["enrolment"] = "enrollment",
        ["fulfil"] = "fulfill", ["travelling"] = "traveling", ["travelled"] = "traveled", ["labelled"] = "labeled",
        ["labelling"] = "labeling", ["modelling"] = "modeling", ["cancelled"] = "canceled", ["signalling"] = "signaling",
        ["counselling"] = "counseling", ["counsellor"] = "counselor", ["oesophagus"] = "esophagus", ["oestrogen"] = "estrogen",
        ["foetus"] = "fetus", ["manoeuvre"] = "maneuver", ["diarrhoea"] = "diarrhea", ["oedema"] = "edema",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IrregularBySpan = Irregular.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BritishBySpan = British.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] IseEndings = ["isations", "isation", "ising", "ised", "ises", "ise", "isers", "iser"];

    /// <summary>Stems that end in -ise in American English too (exercise, advise, promise, supervise, expertise…).</summary>
    private static readonly string[] IseKept =
    [
        "erc", "adv", "prom", "superv", "expert", "prec", "surpr", "otherw", "rev", "compr", "dev", "telev", "improv",
        "franch", "chast", "merchand", "disgu", "desp", "conc", "dem", "incis",
    ];

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        // Most words change nothing: they are read in place, and only a changed word is written back.
        if (Normalise(term.Buffer.AsSpan(0, term.Length)) is { } normal)
            term.SetEmpty().Append(normal);
        return true;
    }

    /// <summary>The one spelling for <paramref name="word"/> (lower case), or the same instance when there is nothing to change.</summary>
    public static string Normalise(string word) => Normalise(word.AsSpan()) ?? word;

    /// <summary>The one spelling for <paramref name="word"/>, or null when there is nothing to change.</summary>
    private static string? Normalise(ReadOnlySpan<char> word)
    {
        if (IrregularBySpan.TryGetValue(word, out var baseForm) || BritishBySpan.TryGetValue(word, out baseForm))
            return baseForm;
        // leukaemia, anaemia, haematology, haemoglobin, paediatric, orthopaedic
        if (word.IndexOf("aem", StringComparison.Ordinal) >= 0 || word.IndexOf("paed", StringComparison.Ordinal) >= 0)
            return word.ToString().Replace("aem", "em", StringComparison.Ordinal).Replace("paed", "ped", StringComparison.Ordinal);
        // randomise, organisation, immunised, specialising: -ise verbs with at least four letters before the ending
        foreach (var ending in IseEndings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal) && !Kept(word[..^ending.Length]))
                return string.Concat(word[..^ending.Length], "iz", ending.AsSpan(2));
        }
        return null;
    }

    private static bool Kept(ReadOnlySpan<char> stem)
    {
        foreach (var kept in IseKept)
        {
            if (stem.EndsWith(kept, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
