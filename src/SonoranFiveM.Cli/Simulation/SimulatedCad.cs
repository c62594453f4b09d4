using System;
using System.Threading.Tasks;
using SonoranFiveM.Emulator;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>
    /// The CAD's side of a local run: the emulator's hub goes down for <c>--hub-outage</c> seconds in the middle of the
    /// run, and (with the hub) every ten seconds a dispatcher changes a unit's status in the CAD, timed by the
    /// <see cref="SimulationProbe"/> until the push event reaches the resource.
    /// </summary>
    internal sealed class SimulatedCad
    {
        private const int StepsBetweenDispatcherChanges = 40;
        private readonly CadEmulator _emulator;
        private readonly SimulatedServer _server;
        private readonly SimulationProbe _probe;
        private readonly SimulationClock _clock;
        private readonly Random _rng;
        private readonly bool _dispatcherChanges;
        private readonly TimeSpan _outage;
        private readonly TimeSpan _outageStart;

        public SimulatedCad(SimulationSettings settings, CadEmulator emulator, SimulatedServer server, SimulationProbe probe, SimulationClock clock, Random rng)
        {
            _emulator = emulator;
            _server = server;
            _probe = probe;
            _clock = clock;
            _rng = rng;
            _dispatcherChanges = settings.Transport == "websocket";
            _outage = TimeSpan.FromSeconds(settings.HubOutageSeconds);
            _outageStart = (TimeSpan.FromSeconds(settings.DurationSeconds) - _outage) / 2;
        }

        /// <summary>One step, <paramref name="elapsed"/> into the run (after the clock moved); <paramref name="step"/> counts from 1.</summary>
        public async Task PlayAsync(TimeSpan elapsed, long step)
        {
            if (_outage > TimeSpan.Zero)
            {
                if (_clock.Crossed(elapsed, _outageStart)) _emulator.Hub.SetDown(true);
                if (_clock.Crossed(elapsed, _outageStart + _outage)) _emulator.Hub.SetDown(false);
            }

            if (_dispatcherChanges && step % StepsBetweenDispatcherChanges == 0) await ChangeStatusAsync().ConfigureAwait(false);
        }

        /// <summary>A dispatcher changes a unit's status in the CAD; the push event should reach the resource within 1 s.</summary>
        private async Task ChangeStatusAsync()
        {
            // While the hub is down there is no session to push to (the CAD would use its HTTP push instead).
            if (_server.UnitCount == 0 || _emulator.Hub.Faults.Down) return;
            var id = _server.UnitId(_rng.Next(_server.UnitCount));
            var status = _emulator.State.FindUnit(id)?.Status == 3 ? 4 : 3;
            _probe.CadStatusChanging(id, status);
            await _emulator.Cad.SetStatusAsync(id, status).ConfigureAwait(false);
        }
    }
}
