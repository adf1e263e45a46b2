using System.Text.RegularExpressions;
using GeneBot.Knowledge.Analysis;

namespace GeneBot.Knowledge.Search;

/// <summary>
/// The kinds of answer a question asks for, read from generic question wording ("what are the symptoms of…", "how is
/// … treated", "is … inherited", "how many…", "when…", "who…"), each with the words a section heading of that kind
/// uses. Among passages on the right topic, the one under the heading of the asked-for kind should rank first: the
/// query builder adds each kind found as a clause on the section field (<see cref="RankingSettings.QuestionTypeBoost"/>).
/// Only question-type vocabulary lives here, never a topic.
/// </summary>
public static partial class QuestionTypes
{
    /// <summary>A kind of answer: its name, the wording that asks for it, and the heading words that offer it.</summary>
    public sealed record Kind(string Name, Regex Cue, IReadOnlyList<string> SectionTerms);

    public static IReadOnlyList<Kind> Kinds { get; } =
    [
        Define("symptoms", @"\b(symptoms?|signs?|warning signs?|feels? like|looks? like)\b", "symptoms signs"),
        Define("treatment", @"\b(treat|treats|treated|treating|treatments?|cure[sd]?|manage[sd]?|management)\b", "treatment treatments"),
        Define("diagnosis", @"\b(diagnos\w*|tests?|tested|testing|detect\w*|screening|exams?)\b", "exams tests diagnosis testing"),
        Define("inheritance", @"\b(inherit\w*|hereditary|passed (down|on)|runs? in (the |my |our )?famil\w*)\b", "inheritance inherited hereditary"),
        Define("genetic changes", @"\b(genetic (changes?|causes?|basis)|mutations?|mutated|(which|what) genes?)\b", "genetic changes mutations"),
        Define("causes", @"\b(what causes|caused by|cause of|causes of)\b", "causes"),
        Define("frequency", @"\bhow (many|common|rare)\b|\b(prevalen\w*|incidence|frequen\w*)\b", "frequency prevalence"),
        Define("outlook", @"\b(outlook|prognos\w*|surviv\w*|life expectancy|chances? of (recovery|survival))\b", "outlook prognosis survival"),
        Define("susceptibility", @"\b(at risk|risk factors?|who gets|susceptib\w*)\b", "susceptibility risk"),
        Define("prevention", @"\b(prevent\w*|avoid\w*)\b", "prevention"),
        Define("research", @"\b(research\w*|clinical trials?)\b", "research trials"),
        Define("stages", @"\b(stages?|staging|staged)\b", "stages staging"),
        Define("side effects", @"\b(side[- ]?effects?|risks|safe|safety|dangerous|complications?)\b", "side effects risks safety"),
        Define("cost", @"\b(costs?|pay|paying|paid|price|insurance|afford\w*|expensive)\b", "cost costs pay"),
        Define("when", @"\bwhen\b", "when"),
        Define("who", @"\bwho\b|\beligib\w*", "who eligible"),
        Define("where", @"\bwhere\b", "where"),
        Define("why", @"\bwhy\b", "why"),
    ];

    /// <summary>Asked for when no other kind is: what something is.</summary>
    public static Kind Definition { get; } = Define("definition", @"^\W*(what|whats|wat)\b|\b(define|definition|meaning)\b", "information overview definition what");

    /// <summary>The kinds <paramref name="question"/> asks for; the definition kind only when nothing more specific is asked.</summary>
    public static IReadOnlyList<Kind> Detect(string question)
    {
        var text = question.ToLowerInvariant();
        var kinds = Kinds.Where(k => k.Cue.IsMatch(text)).ToList();
        if (kinds.Count == 0 && Definition.Cue.IsMatch(text))
            kinds.Add(Definition);
        return kinds;
    }

    private static Kind Define(string name, string cue, string sectionWords) => new(
        name,
        new Regex(cue, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)),
        GeneAnalyzer.Stemmed.Tokens(sectionWords).Select(t => t.Term).Distinct().ToArray());
}
