using System.Text;
using SonoranFiveM.Core.Composition;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>The one-line progress display, rewritten in place about twice a real second (only on a terminal).</summary>
    internal sealed class SimulationProgress
    {
        private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(500);
        private readonly TextWriter _terminal;
        private readonly TimeProvider _wall = TimeProvider.System;
        private readonly long _startedAt;
        private TimeSpan _next = TimeSpan.Zero;

        public SimulationProgress(TextWriter terminal)
        {
            _terminal = terminal;
            _startedAt = _wall.GetTimestamp();
        }

        public async Task ShowAsync(TimeSpan elapsed, TimeSpan duration, int units, HostStatus status, IReadOnlyDictionary<string, long> requests,
            CountingTransport transport, bool last = false)
        {
            var realElapsed = _wall.GetElapsedTime(_startedAt);
            if (!last && realElapsed < _next) return;
            _next = realElapsed + Every;
            await _terminal.WriteAsync("\r" + Line(elapsed, duration, units, status, requests, transport) + (last ? Environment.NewLine : "")).ConfigureAwait(false);
            await _terminal.FlushAsync().ConfigureAwait(false);
        }

        private static string Line(TimeSpan elapsed, TimeSpan duration, int units, HostStatus status, IReadOnlyDictionary<string, long> requests, CountingTransport transport)
        {
            var line = new StringBuilder();
            line.Append('[').Append(elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)).Append('/')
                .Append(duration.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)).Append(" s] units ")
                .Append(status.ActiveUnits).Append('/').Append(units)
                .Append(" | req ").Append(string.Join(" ", requests.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Short(p.Key) + "=" + p.Value)))
                .Append(" | queued ").Append(string.Join(" ", status.Lanes.Where(l => l.Queued > 0).Select(l => Short(l.Name) + "=" + l.Queued)))
                .Append(" | 429s ").Append(transport.RateLimited).Append(" errors ").Append(transport.Errors);
            return line.ToString();
        }

        private static string Short(string name) => SimulationProbe.Camel(name) switch
        {
            "unitLocations" or "updateUnitLocations" => "loc",
            "heartbeat" => "hb",
            "create911Call" => "911",
            "remove911Call" => "rm911",
            "unitPanic" or "setUnitPanic" => "panic",
            "unitStatus" or "setUnitStatus" => "status",
            "createRecord" => "rec",
            "deleteRecord" => "delrec",
            "activeUnits" or "getActiveUnits" => "roster",
            "version" or "getVersion" => "ver",
            var other => other,
        };
    }
}
