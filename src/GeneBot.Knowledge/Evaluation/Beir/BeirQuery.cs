namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>One line of a BEIR <c>queries.jsonl</c>: <c>{"_id", "text"}</c>.</summary>
public sealed record BeirQuery(string Id, string Text);
