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

    private static readonly string[] IseEndings = ["isations", "isation", "ising", "ised", "ises", "ise", "isers", "iser"];

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        var word = term.ToString();
        var normal = Normalise(word);
        if (!ReferenceEquals(normal, word))
            term.SetEmpty().Append(normal);
        return true;
    }

    /// <summary>The one spelling for <paramref name="word"/> (lower case), or the same instance when there is nothing to change.</summary>
    public static string Normalise(string word)
    {
        if (Irregular.TryGetValue(word, out var baseForm) || British.TryGetValue(word, out baseForm))
            return baseForm;
        // leukaemia, anaemia, haematology, haemoglobin, paediatric, orthopaedic
        if (word.Contains("aem", StringComparison.Ordinal) || word.Contains("paed", StringComparison.Ordinal))
            return word.Replace("aem", "em", StringComparison.Ordinal).Replace("paed", "ped", StringComparison.Ordinal);
        // randomise, organisation, immunised, specialising: -ise verbs with at least four letters before the ending
        foreach (var ending in IseEndings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal) && !ExceptIse(word[..^ending.Length]))
                return string.Concat(word.AsSpan(0, word.Length - ending.Length), "iz", ending.AsSpan(2));
        }
        return word;
    }

    /// <summary>Words that end in -ise in American English too (exercise, advise, promise, supervise, expertise…).</summary>
    private static bool ExceptIse(string stem) =>
        stem.EndsWith("erc", StringComparison.Ordinal) || stem.EndsWith("adv", StringComparison.Ordinal) || stem.EndsWith("prom", StringComparison.Ordinal)
        || stem.EndsWith("superv", StringComparison.Ordinal) || stem.EndsWith("expert", StringComparison.Ordinal) || stem.EndsWith("prec", StringComparison.Ordinal)
        || stem.EndsWith("surpr", StringComparison.Ordinal) || stem.EndsWith("otherw", StringComparison.Ordinal) || stem.EndsWith("rev", StringComparison.Ordinal)
        || stem.EndsWith("compr", StringComparison.Ordinal) || stem.EndsWith("dev", StringComparison.Ordinal) || stem.EndsWith("telev", StringComparison.Ordinal)
        || stem.EndsWith("improv", StringComparison.Ordinal) || stem.EndsWith("franch", StringComparison.Ordinal) || stem.EndsWith("chast", StringComparison.Ordinal)
        || stem.EndsWith("merchand", StringComparison.Ordinal) || stem.EndsWith("disgu", StringComparison.Ordinal) || stem.EndsWith("desp", StringComparison.Ordinal)
        || stem.EndsWith("conc", StringComparison.Ordinal) || stem.EndsWith("dem", StringComparison.Ordinal) || stem.EndsWith("incis", StringComparison.Ordinal);
}
