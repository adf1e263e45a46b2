namespace GeneBot.Benchmarks.Scale;

/// <summary>This process's resident memory from /proc/self/status (Linux): now, and the peak so far.</summary>
public static class ProcessMemory
{
    public static double PeakRssMb => Read("VmHWM:");

    public static double RssMb => Read("VmRSS:");

    private static double Read(string key)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
            return Environment.WorkingSet / 1048576.0;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }
}
