namespace GeneBot.Knowledge.Safety;

/// <summary>What kind of message a question is, decided before any retrieval.</summary>
public enum TriageClass
{
    /// <summary>A question for the library.</summary>
    Informational,
    /// <summary>Asks for a decision about someone's own care: answered in general, with a clear "talk to your care team".</summary>
    Advice,
    /// <summary>Describes symptoms that need care now: the reply starts by sending the person to their care team or emergency services.</summary>
    Urgent,
    /// <summary>Self-harm or suicide: a short, warm message with crisis lines, and no retrieval.</summary>
    Crisis,
}
