using System;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// <c>sonoran doctor</c> in the server: one run at a time, on the thread pool (network and disk), lines said as they
    /// come. The version checks share one 10/min limiter across runs, so repeated runs never earn a 429.
    /// </summary>
    public sealed class ConsoleDoctor
    {
        public const string Verb = "doctor";
        public const string AlreadyRunning = "doctor is already running; its lines follow as its checks finish.";

        /// <summary>The longest doctor line shown in an admin's chat.</summary>
        public const int MaxChatLine = 400;

        /// <summary>
        /// A doctor line as it goes to an admin's chat: lines carry text from the CAD, the mirrors, the hub and the
        /// postal file, so they are cleaned and capped like every other chat reply.
        /// </summary>
        public static string ChatLine(string line) => Commands.ChatText.CleanAndCap(line, MaxChatLine, stripMarkup: false);

        private readonly LaneRateLimiter _versionLimiter;
        private int _running;

        public ConsoleDoctor(TimeProvider time)
        {
            _versionLimiter = new LaneRateLimiter(CadRateLimits.PerMinute(CadEndpoint.Version), time ?? throw new ArgumentNullException(nameof(time)));
        }

        public bool IsRunning => Volatile.Read(ref _running) != 0;

        /// <summary>
        /// Starts a run unless one is running (then says <see cref="AlreadyRunning"/> and returns null). Returns at once:
        /// <paramref name="prepare"/> (which may go to the main thread for natives) and the checks run on the thread pool.
        /// Nothing thrown reaches the caller; a failure is said, redacted, as one line.
        /// </summary>
        public Task? TryStart(Func<Task<DoctorContext>> prepare, Action<string> say, CancellationToken cancellationToken = default)
        {
            if (prepare == null) throw new ArgumentNullException(nameof(prepare));
            if (say == null) throw new ArgumentNullException(nameof(say));
            if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
            {
                say(AlreadyRunning);
                return null;
            }

            return Task.Run(() => RunAsync(prepare, say, cancellationToken));
        }

        private async Task RunAsync(Func<Task<DoctorContext>> prepare, Action<string> say, CancellationToken cancellationToken)
        {
            DoctorContext? context = null;
            try
            {
                say("doctor: checking the configuration, the CAD, postals, the outbox and the hub (off the server thread)...");
                context = await prepare().ConfigureAwait(false);
                context.VersionPermit ??= _versionLimiter.TryAcquire;
                await Doctor.RunAsync(context, say, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                var text = "doctor stopped: " + e.GetType().Name + ": " + e.Message;
                say(context != null ? context.Redactor.Redact(text) : "doctor stopped: " + e.GetType().Name);
            }
            finally
            {
                Volatile.Write(ref _running, 0);
            }
        }
    }
}
