namespace GeneBot.Knowledge.Safety;

/// <summary>Builds the <see cref="SafeAnswerer"/> for a knowledge base, with the triage rules of its corpus.</summary>
public static class SafeAnswering
{
    public static SafeAnswerer Create(KnowledgeBase knowledge, SafetyOptions? options = null) =>
        new(knowledge, new TriageClassifier(TriageRules.Load(knowledge.Corpus.Root)), options ?? new SafetyOptions());
}
