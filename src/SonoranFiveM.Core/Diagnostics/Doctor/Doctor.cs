using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// The setup checks, one table for the CLI's <c>doctor</c> and the server console's <c>sonoran doctor</c>: each row
    /// reports PASS/FAIL/SKIP lines (a FAIL with its fix), redacted, as it finishes. Rows that need the server
    /// (<see cref="DoctorContext.Server"/>) report nothing in the CLI.
    /// </summary>
    public static class Doctor
    {
        public const string AllPassed = "doctor: all checks passed.";
        public const string SomeFailed = "doctor: some checks FAILED; fix them and run doctor again.";
        public const string NeedsConfig = "SKIP  the CAD checks need a valid configuration";

        /// <summary>The verdict when nothing failed but some checks could not be made: a SKIP is not a pass.</summary>
        public static string NotAllChecked(int skipped) => "doctor: no check failed; " + skipped + " not checked (SKIP above).";

        /// <summary>Run first; without valid options the run stops after them.</summary>
        public static readonly IReadOnlyList<IDoctorCheck> ConfigChecks = new IDoctorCheck[] { new ConfigCheck(), new ApiKeySourceCheck() };

        public static readonly IReadOnlyList<IDoctorCheck> Checks = new IDoctorCheck[]
        {
            new CadCheck(), new ServerIdCheck(), new OneSyncCheck(), new PostalsCheck(), new OutboxCheck(), new HubCheck(), new MirrorsCheck(),
        };

        /// <summary>
        /// Runs every check in order and writes its lines through <paramref name="write"/>; true when none failed (a
        /// SKIP does not fail the run, but the closing line counts the skipped checks rather than saying all passed).
        /// </summary>
        public static async Task<bool> RunAsync(DoctorContext context, Action<string> write, CancellationToken cancellationToken = default)
        {
            var run = new DoctorRun(context, write);
            foreach (var check in ConfigChecks) await RunOneAsync(check, run, cancellationToken).ConfigureAwait(false);
            if (run.Stopped)
            {
                run.Say(NeedsConfig);
                return false;
            }

            foreach (var check in Checks) await RunOneAsync(check, run, cancellationToken).ConfigureAwait(false);
            run.Say(run.Failed ? SomeFailed : run.Skipped > 0 ? NotAllChecked(run.Skipped) : AllPassed);
            return !run.Failed;
        }

        private static async Task RunOneAsync(IDoctorCheck check, DoctorRun run, CancellationToken cancellationToken)
        {
            try
            {
                await check.RunAsync(run, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                run.Report(CheckLine.Fail("doctor", "the " + check.GetType().Name + " stopped: " + e.GetType().Name + ": " + e.Message,
                    "report this, with the lines above, to the resource's maintainers"));
            }
        }
    }
}
