namespace GeneBot.Storage;

/// <summary>The numbers behind <c>/stats</c> and <c>genebot stats</c>.</summary>
public interface IStatsStore
{
    StatsReport Stats(DateTimeOffset since, int top = 5);
}
