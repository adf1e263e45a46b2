namespace GeneBot.Knowledge.Safety;

/// <summary>A triage decision and the rule that made it (for review and logs; never the message text).</summary>
/// <param name="Signs">For urgent messages, the symptom words found ("confused", "fever"), used to look up their warning-sign passages.</param>
public sealed record TriageResult(TriageClass Class, string Rule, IReadOnlyList<string>? Signs = null);
