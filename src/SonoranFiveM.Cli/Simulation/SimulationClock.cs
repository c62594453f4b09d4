using Microsoft.Extensions.Time.Testing;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>
    /// The simulation's time. <see cref="Virtual"/> is the stepped clock the core and the emulator run on; it stands still
    /// while a step's work runs. <see cref="Now"/> is what latency is measured on: virtual time plus the real time since
    /// the last step, capped at one step so it never runs past the next one (it only ever moves forward). A call the CAD
    /// receives within the step it was made in therefore shows its real cost (lane wake-up, HTTP, the emulator reading
    /// it); one that waits for rate budget or an outage shows the virtual wait as well.
    /// </summary>
    internal sealed class SimulationClock
    {
        private static readonly DateTimeOffset Epoch = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        private readonly TimeProvider _wall = TimeProvider.System;
        private long _steppedAt;

        public SimulationClock(TimeSpan step)
        {
            Step = step;
            _steppedAt = _wall.GetTimestamp();
        }

        public TimeSpan Step { get; }

        public FakeTimeProvider Virtual { get; } = new(Epoch);

        public DateTimeOffset Now
        {
            get
            {
                var virtualNow = Virtual.GetUtcNow();
                var within = _wall.GetElapsedTime(Interlocked.Read(ref _steppedAt));
                return virtualNow + (within < Step ? within : Step);
            }
        }

        public void Advance()
        {
            Virtual.Advance(Step);
            Interlocked.Exchange(ref _steppedAt, _wall.GetTimestamp());
        }

        /// <summary>True in the one step whose end, <paramref name="elapsed"/> into the run, first reaches <paramref name="mark"/>.</summary>
        public bool Crossed(TimeSpan elapsed, TimeSpan mark) => elapsed >= mark && elapsed - Step < mark;
    }
}
