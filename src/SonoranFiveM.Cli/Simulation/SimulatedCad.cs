using SonoranFiveM.Emulator;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>
    /// The CAD's side of a local run: the emulator's hub goes down for <c>--hub-outage</c> seconds in the middle of the
    /// run, and (with the hub) every ten seconds a dispatcher changes a unit's status in the CAD, timed by the
    /// <see cref="SimulationProbe"/> until the push event reaches the resource.
    /// </summary>
    internal sealed class SimulatedCad(SimulationSettings settings, CadEmulator emulator, SimulatedServer server, SimulationProbe probe, SimulationClock clock, Random rng)
    {
        private const int StepsBetweenDispatcherChanges = 40;
        private readonly bool _dispatcherChanges = settings.Transport == "websocket";
        private readonly TimeSpan _outage = TimeSpan.FromSeconds(settings.HubOutageSeconds);
        private readonly TimeSpan _outageStart = (TimeSpan.FromSeconds(settings.DurationSeconds) - TimeSpan.FromSeconds(settings.HubOutageSeconds)) / 2;

        /// <summary>One step, <paramref name="elapsed"/> into the run (after the clock moved); <paramref name="step"/> counts from 1.</summary>
        public async Task PlayAsync(TimeSpan elapsed, long step)
        {
            if (_outage > TimeSpan.Zero)
            {
                if (clock.Crossed(elapsed, _outageStart)) emulator.Hub.SetDown(true);
                if (clock.Crossed(elapsed, _outageStart + _outage)) emulator.Hub.SetDown(false);
            }

            if (_dispatcherChanges && step % StepsBetweenDispatcherChanges == 0) await ChangeStatusAsync().ConfigureAwait(false);
        }

        /// <summary>A dispatcher changes a unit's status in the CAD; the push event should reach the resource within 1 s.</summary>
        private async Task ChangeStatusAsync()
        {
            // While the hub is down there is no session to push to (the CAD would use its HTTP push instead).
            if (server.UnitCount == 0 || emulator.Hub.Faults.Down) return;
            var id = server.UnitId(rng.Next(server.UnitCount));
            var status = emulator.State.FindUnit(id)?.Status == 3 ? 4 : 3;
            probe.CadStatusChanging(id, status);
            await emulator.Cad.SetStatusAsync(id, status).ConfigureAwait(false);
        }
    }
}
