namespace GeneBot.Benchmarks.Scale;

/// <summary>Percentiles of latencies in milliseconds (nearest rank).</summary>
public sealed record Latency(double P50, double P95, double P99, double Max, int Count)
{
    public static Latency Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Latency(At(0.50), At(0.95), At(0.99), sorted.Length == 0 ? double.NaN : sorted[^1], sorted.Length);
    }
}
