namespace GeneBot.Knowledge.Safety;

/// <summary>A triage decision and the rule that made it (for review and logs; never the message text).</summary>
public sealed record TriageResult(TriageClass Class, string Rule);
