using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GeneBot.Knowledge.Analysis;

/// <summary>
/// English analysis for GeneBot's text fields: standard tokens, possessives removed, lower case, accents folded,
/// English stop words removed, British spellings and irregular verb forms brought to one form (<see cref="WordFormFilter"/>), Porter stemming. <see cref="Exact"/> is the unstemmed twin used for exact and phrase matches.
/// </summary>
public sealed class GeneAnalyzer(bool stem = true, CharArraySet? stopWords = null) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Changes whenever analysis changes, so a stale index is rebuilt.</summary>
    public const string SettingsVersion = "gene-analyzer-2";

    public static GeneAnalyzer Stemmed { get; } = new(stem: true);
    public static GeneAnalyzer Exact { get; } = new(stem: false);

    /// <summary>Stop words for questions: the English list plus words that only frame a question ("what", "how", "my").</summary>
    public static CharArraySet QuestionStopWords { get; } = BuildQuestionStopWords();

    /// <summary>Stemmed analysis for questions: like <see cref="Stemmed"/>, also dropping <see cref="QuestionStopWords"/>.</summary>
    public static GeneAnalyzer Question { get; } = new(stem: true, QuestionStopWords);

    private static CharArraySet BuildQuestionStopWords()
    {
        var set = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var word in Search.QuestionWords.Set)
            set.Add(word);
        return set.AsReadOnly();
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new EnglishPossessiveFilter(Version, source);
        result = new LowerCaseFilter(Version, result);
        result = new ASCIIFoldingFilter(result);
        if (stem)
        {
            result = new StopFilter(Version, result, stopWords ?? EnglishAnalyzer.DefaultStopSet);
            result = new WordFormFilter(result);
            result = new PorterStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    /// <summary>The tokens of <paramref name="text"/> with their positions.</summary>
    public IReadOnlyList<AnalyzedToken> Tokens(string text, string field = "body")
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position));
        }
        stream.End();
        return tokens;
    }
}
