namespace GeneBot.Knowledge.Indexing;

public enum PassageKind
{
    Article,
    Faq,
}
