using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SonoranFiveM.Benchmarks
{
    /// <summary>
    /// Entry point. Every BenchmarkDotNet console argument works (<c>--filter</c>, <c>--job</c>, <c>--list flat</c>, …).
    /// <c>--quick</c> is ours: a short job (1 launch, 3 warm-up, 3 measured iterations) run in this process, so nothing
    /// is rebuilt per benchmark; the whole suite then takes minutes instead of tens of minutes on a 2-core box.
    /// Without it, BenchmarkDotNet's default job runs (separate process per benchmark, auto iteration counts).
    /// </summary>
    public static class Program
    {
        public const string QuickFlag = "--quick";

        public static int Main(string[] args)
        {
            var quick = args.Any(a => string.Equals(a, QuickFlag, StringComparison.OrdinalIgnoreCase));
            var rest = args.Where(a => !string.Equals(a, QuickFlag, StringComparison.OrdinalIgnoreCase)).ToArray();

            IConfig config = DefaultConfig.Instance;
            if (quick)
            {
                config = DefaultConfig.Instance.AddJob(
                    Job.ShortRun
                        .WithToolchain(InProcessEmitToolchain.Instance)
                        .WithId("Quick")
                        .AsDefault());
            }

            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config);
            return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
        }
    }
}
