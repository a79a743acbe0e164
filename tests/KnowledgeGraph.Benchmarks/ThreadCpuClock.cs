using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// CPU time of the calling thread in nanoseconds (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)); elsewhere wall time.
/// On a shared machine, stage shares measured in thread CPU time do not depend on what else runs.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    /// <summary>True when <see cref="Now"/> is thread CPU time, false when it falls back to wall time.</summary>
    public static bool IsCpu { get; } = OperatingSystem.IsLinux() && Probe();

    public static long Now()
    {
        if (IsCpu && ClockGetTime(ThreadCpuTimeId, out TimeSpec spec) == 0)
        {
            return (spec.Seconds * 1_000_000_000L) + spec.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec spec);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
