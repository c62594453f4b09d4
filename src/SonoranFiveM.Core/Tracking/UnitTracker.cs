namespace SonoranFiveM.Core.Tracking
{
    /// <summary>
    /// Turns per-tick position samples into location updates. A unit is pending when it moved more than the distance
    /// threshold, turned more than the heading threshold, changed vehicle, or its keep-alive is due, all measured
    /// against the last state the CAD <em>accepted</em>. <see cref="Sample"/> runs on the main thread and allocates
    /// nothing in steady state (fixed arrays, pre-sized dictionary, no LINQ, no strings); location text and request
    /// objects are built in <see cref="TakeBatch"/>, when the location lane sends (off the main thread). Which players
    /// are units is decided once, by the caller, from the roster's <see cref="UnitPlayers"/> snapshot: the tracker
    /// takes every sample as a unit's and forgets the units a newer snapshot no longer lists (<see cref="RetainOnly"/>).
    /// </summary>
    public sealed class UnitTracker : IUnitLocationSource, IResendableLocationSource
    {
        private readonly object _gate = new object();
        private readonly TrackerOptions _options;
        private readonly TimeProvider _time;
        private readonly IUnitLocationFormatter _formatter;
        private readonly UnitState[] _units;
        private readonly Dictionary<int, int> _slotByPlayer;
        private readonly int[] _freeSlots;
        private readonly float _distanceSquared;
        private int _freeCount;
        private readonly int[] _order;
        private readonly long[] _orderKeys;
        private int _generation;

        public UnitTracker(UnitRoster roster, TrackerOptions options, TimeProvider time, IUnitLocationFormatter? formatter = null)
        {
            if (roster == null) throw new ArgumentNullException(nameof(roster));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _formatter = formatter ?? DefaultUnitLocationFormatter.Instance;
            var capacity = Math.Max(1, options.MaxUnits);
            _units = new UnitState[capacity];
            _slotByPlayer = new Dictionary<int, int>(capacity);
            _freeSlots = new int[capacity];
            _order = new int[capacity];
            _orderKeys = new long[capacity];
            for (var i = 0; i < capacity; i++) _freeSlots[i] = capacity - 1 - i;
            _freeCount = capacity;
            _distanceSquared = options.DistanceThreshold * options.DistanceThreshold;
            roster.PlayerLeft += (playerId, _) => RemovePlayer(playerId);
        }

        /// <summary>Units tracked now.</summary>
        public int TrackedCount
        {
            get { lock (_gate) return _slotByPlayer.Count; }
        }

        /// <summary>Units whose latest state is not yet accepted by the CAD.</summary>
        public int PendingCount
        {
            get
            {
                lock (_gate)
                {
                    var count = 0;
                    for (var i = 0; i < _units.Length; i++)
                    {
                        if (_units[i].InUse && _units[i].Dirty) count++;
                    }

                    return count;
                }
            }
        }

        /// <summary>Takes one tick of units' samples (each with its communityUserId). Allocation-free in steady state.</summary>
        public void Sample(UnitSample[] samples, int count)
        {
            if (samples == null) throw new ArgumentNullException(nameof(samples));
            if ((uint)count > (uint)samples.Length) throw new ArgumentOutOfRangeException(nameof(count));
            var now = _time.GetUtcNow();
            lock (_gate)
            {
                for (var i = 0; i < count; i++) SampleOne(in samples[i], now);
            }
        }

        private void SampleOne(in UnitSample sample, DateTimeOffset now)
        {
            var communityUserId = sample.CommunityUserId;
            if (communityUserId == null) return;
            var known = _slotByPlayer.TryGetValue(sample.PlayerId, out var slot);

            if (known && !string.Equals(_units[slot].CommunityUserId, communityUserId, StringComparison.Ordinal))
            {
                ReleaseLocked(sample.PlayerId, slot);
                known = false;
            }

            if (!known)
            {
                if (_freeCount == 0) return;
                slot = _freeSlots[--_freeCount];
                _slotByPlayer[sample.PlayerId] = slot;
                _units[slot] = default;
                _units[slot].InUse = true;
                _units[slot].PlayerId = sample.PlayerId;
                _units[slot].CommunityUserId = communityUserId;
                _units[slot].Generation = ++_generation;
            }

            ref var unit = ref _units[slot];
            unit.X = sample.X;
            unit.Y = sample.Y;
            unit.Z = sample.Z;
            unit.Heading = sample.Heading;
            unit.Vehicle = sample.VehicleModel;
            if (!unit.Dirty) unit.Dirty = ChangedSinceSent(ref unit, now);
        }

        private bool ChangedSinceSent(ref UnitState unit, DateTimeOffset now)
        {
            if (!unit.HasSent) return true;
            var dx = unit.X - unit.SentX;
            var dy = unit.Y - unit.SentY;
            var dz = unit.Z - unit.SentZ;
            if (dx * dx + dy * dy + dz * dz > _distanceSquared) return true;
            if (HeadingDelta(unit.Heading, unit.SentHeading) > _options.HeadingThreshold) return true;
            if (!string.Equals(unit.Vehicle, unit.SentVehicle, StringComparison.Ordinal)) return true;
            return now - unit.SentAt >= _options.KeepAlive;
        }

        /// <summary>The smaller angle between two headings, in degrees (0–180), across the 0/360 wrap.</summary>
        public static float HeadingDelta(float a, float b)
        {
            var d = Math.Abs(a - b) % 360f;
            return d > 180f ? 360f - d : d;
        }

        /// <summary>Marks every tracked unit pending, so its latest position is sent again.</summary>
        public void ResendAll()
        {
            lock (_gate)
            {
                for (var i = 0; i < _units.Length; i++)
                {
                    if (_units[i].InUse) _units[i].Dirty = true;
                }
            }
        }

        /// <summary>
        /// Forgets every tracked unit that <paramref name="units"/> does not list under the same communityUserId (signed
        /// off, or left). Linear in the tracker's capacity; call when the snapshot's version changes, not per tick.
        /// </summary>
        public void RetainOnly(UnitPlayers units)
        {
            if (units == null) throw new ArgumentNullException(nameof(units));
            lock (_gate)
            {
                for (var slot = 0; slot < _units.Length; slot++)
                {
                    ref var unit = ref _units[slot];
                    if (!unit.InUse) continue;
                    var index = units.IndexOf(unit.PlayerId);
                    if (index < 0 || !string.Equals(units.CommunityUserIdAt(index), unit.CommunityUserId, StringComparison.Ordinal))
                        ReleaseLocked(unit.PlayerId, slot);
                }
            }
        }

        /// <summary>Forgets a player (left the server, or no longer a unit).</summary>
        public void RemovePlayer(int playerId)
        {
            lock (_gate)
            {
                if (_slotByPlayer.TryGetValue(playerId, out var slot)) ReleaseLocked(playerId, slot);
            }
        }

        private void ReleaseLocked(int playerId, int slot)
        {
            _slotByPlayer.Remove(playerId);
            _units[slot] = default;
            _freeSlots[_freeCount++] = slot;
        }

        /// <summary>
        /// The pending units the CAD has heard from least recently (never-sent first), at most <paramref name="maxUnits"/>.
        /// Units already in another batch in flight are skipped, so two senders (the hub and the HTTP lane) carry
        /// different units. Oldest first keeps the worst staleness at one full cycle of the slower sender.
        /// </summary>
        public LocationBatch? TakeBatch(int maxUnits, DateTimeOffset now)
        {
            List<Snapshot> taken;
            lock (_gate)
            {
                var count = 0;
                for (var slot = 0; slot < _units.Length; slot++)
                {
                    ref var unit = ref _units[slot];
                    if (!unit.InUse || unit.InFlight) continue;
                    if (!unit.Dirty && unit.HasSent && now - unit.SentAt >= _options.KeepAlive) unit.Dirty = true;
                    if (!unit.Dirty) continue;
                    _order[count] = slot;
                    _orderKeys[count] = unit.HasSent ? unit.SentAt.UtcTicks : long.MinValue;
                    count++;
                }

                if (count == 0) return null;
                if (count > maxUnits) Array.Sort(_orderKeys, _order, 0, count);
                var take = Math.Min(count, Math.Max(0, maxUnits));
                taken = new List<Snapshot>(take);
                for (var i = 0; i < take; i++)
                {
                    var slot = _order[i];
                    ref var unit = ref _units[slot];
                    unit.InFlight = true;
                    taken.Add(new Snapshot(slot, unit.Generation, unit.CommunityUserId!, unit.X, unit.Y, unit.Z, unit.Heading, unit.Vehicle, unit.PlayerId));
                }
            }

            if (taken.Count == 0) return null;
            var updates = new List<UnitLocation>(taken.Count);
            foreach (var s in taken)
            {
                updates.Add(new UnitLocation(s.CommunityUserId, _formatter.Format(s.PlayerId, s.X, s.Y, s.Z), s.X, s.Y, s.Z, s.Heading, s.Vehicle));
            }

            return new LocationBatch(updates, taken);
        }

        /// <inheritdoc />
        public void Complete(LocationBatch batch, LocationBatchOutcome outcome, DateTimeOffset now)
        {
            if (!(batch.State is List<Snapshot> taken)) return;
            lock (_gate)
            {
                foreach (var s in taken)
                {
                    ref var unit = ref _units[s.Slot];
                    if (unit.InUse && unit.Generation == s.Generation) unit.InFlight = false;
                }

                if (outcome == LocationBatchOutcome.Failed)
                {
                    // Not delivered: the CAD may have missed earlier updates too, so the next batch carries every unit.
                    for (var i = 0; i < _units.Length; i++)
                    {
                        if (_units[i].InUse) _units[i].Dirty = true;
                    }

                    return;
                }

                foreach (var s in taken)
                {
                    ref var unit = ref _units[s.Slot];
                    if (!unit.InUse || unit.Generation != s.Generation) continue;
                    unit.HasSent = true;
                    unit.SentX = s.X;
                    unit.SentY = s.Y;
                    unit.SentZ = s.Z;
                    unit.SentHeading = s.Heading;
                    unit.SentVehicle = s.Vehicle;
                    unit.SentAt = now;
                    unit.Dirty = false;
                    unit.Dirty = ChangedSinceSent(ref unit, now);
                }
            }
        }

        private struct UnitState
        {
            public bool InUse;
            public int PlayerId;
            public int Generation;
            public string? CommunityUserId;
            public float X, Y, Z, Heading;
            public string? Vehicle;
            public bool Dirty;
            public bool InFlight;
            public bool HasSent;
            public float SentX, SentY, SentZ, SentHeading;
            public string? SentVehicle;
            public DateTimeOffset SentAt;
        }

        private readonly record struct Snapshot(
            int Slot, int Generation, string CommunityUserId, float X, float Y, float Z, float Heading, string? Vehicle, int PlayerId);
    }
}
