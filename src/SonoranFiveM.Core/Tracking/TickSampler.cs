namespace SonoranFiveM.Core.Tracking
{
    /// <summary>
    /// The core's half of the sampling tick, on the main thread: takes the positions the adapter read for the players of
    /// a <see cref="UnitPlayers"/> snapshot, fills identity (from the snapshot) and vehicle model names, and hands the
    /// result to the tracker. Membership is decided once, by the snapshot; nothing here locks (beyond the tracker's own
    /// uncontended lock), hashes a string or allocates in steady state. Not thread-safe: one caller, the main thread.
    /// </summary>
    public sealed class TickSampler
    {
        private readonly UnitTracker _tracker;
        private readonly VehicleModelNames _vehicles;
        private UnitSample[] _samples = new UnitSample[64];
        private long _sampledVersion = -1;

        public TickSampler(UnitTracker tracker, VehicleModelNames vehicles)
        {
            _tracker = tracker ?? throw new ArgumentNullException(nameof(tracker));
            _vehicles = vehicles ?? throw new ArgumentNullException(nameof(vehicles));
        }

        /// <summary>
        /// One tick. <paramref name="positions"/> are for players of <paramref name="units"/>, in its (ascending) order;
        /// a unit without a ped may be left out. A position for a player the snapshot does not list, or out of order,
        /// is skipped. When the snapshot is newer than the last one seen, units it no longer lists are forgotten first.
        /// </summary>
        public void Sample(UnitPlayers units, PlayerPosition[] positions, int count)
        {
            if (units == null) throw new ArgumentNullException(nameof(units));
            if (positions == null) throw new ArgumentNullException(nameof(positions));
            if ((uint)count > (uint)positions.Length) throw new ArgumentOutOfRangeException(nameof(count));
            if (units.Version != _sampledVersion)
            {
                _tracker.RetainOnly(units);
                _sampledVersion = units.Version;
            }

            if (_samples.Length < count) _samples = new UnitSample[Math.Max(count, units.Count)];
            var taken = 0;
            var unit = 0;
            for (var i = 0; i < count; i++)
            {
                ref var p = ref positions[i];
                while (unit < units.Count && units.PlayerIdAt(unit) < p.PlayerId) unit++;
                if (unit == units.Count || units.PlayerIdAt(unit) != p.PlayerId) continue;
                _samples[taken++] = new UnitSample(p.PlayerId, units.CommunityUserIdAt(unit), p.X, p.Y, p.Z, p.Heading, _vehicles.For(p.VehicleModelHash));
            }

            _tracker.Sample(_samples, taken);
        }
    }
}
