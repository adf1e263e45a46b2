using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GeneBot.Knowledge.Search;

/// <summary>
/// Scores what <see cref="Topic"/> scores, times <see cref="Factor"/> for a passage that also matches
/// <see cref="Headings"/>; the headings add nothing by themselves and match nothing alone. Lucene's own BoostingQuery
/// (in Lucene.Net.Queries) works the same way, through the coordination factor, but hides its parts.
/// </summary>
public sealed class HeadingBoostQuery(Query topic, Query headings, float factor) : Query
{
    public Query Topic => topic;
    public Query Headings => headings;
    public float Factor => factor;

    public override Query Rewrite(IndexReader reader)
    {
        var context = (Query)headings.Clone();
        context.Boost = 0f;
        return new CoordQuery(factor) { Boost = Boost, Clauses = { new BooleanClause(topic, Occur.MUST), new BooleanClause(context, Occur.SHOULD) } };
    }

    public override void ExtractTerms(ISet<Term> terms) => topic.ExtractTerms(terms);

    public override string ToString(string field) => $"({topic.ToString(field)}) x{factor} if ({headings.ToString(field)})";

    public override bool Equals(object? obj) =>
        obj is HeadingBoostQuery other && Boost == other.Boost && factor == other.Factor && topic.Equals(other.Topic) && headings.Equals(other.Headings);

    public override int GetHashCode() => HashCode.Combine(Boost, topic, headings, factor);

    /// <summary>Two clauses: the topic alone scores 1 ×, the topic and the headings <c>factor</c> ×.</summary>
    private sealed class CoordQuery(float factor) : BooleanQuery
    {
        public override Weight CreateWeight(IndexSearcher searcher) => new CoordWeight(this, searcher, factor);

        private sealed class CoordWeight(BooleanQuery query, IndexSearcher searcher, float factor) : BooleanWeight(query, searcher, disableCoord: false)
        {
            public override float Coord(int overlap, int maxOverlap) => overlap switch
            {
                1 => 1f,
                2 => factor,
                _ => 0f,
            };
        }
    }
}
