namespace GeneBot.Storage;

/// <summary><see cref="ICorpusGeneration"/> as the one row of table corpus_generation.</summary>
public sealed class CorpusGeneration(GeneBotDb db) : ICorpusGeneration
{
    public long Current() => db.Read(c => Convert.ToInt64(GeneBotDb.Scalar(c, null, "SELECT value FROM corpus_generation WHERE id = 1"), System.Globalization.CultureInfo.InvariantCulture));

    public long Advance() => db.Write((c, t) => Convert.ToInt64(
        GeneBotDb.Scalar(c, t, "UPDATE corpus_generation SET value = value + 1 WHERE id = 1 RETURNING value"), System.Globalization.CultureInfo.InvariantCulture));
}
