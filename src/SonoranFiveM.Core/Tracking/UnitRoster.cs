namespace SonoranFiveM.Core.Tracking
{
    /// <summary>
    /// Which players are CAD units. Players are registered on join (server id + communityUserId) and removed at once on
    /// leave; the CAD's active-unit list is polled (paged) within its 3/min limit. Lookups are lock-free reads of an
    /// immutable snapshot, so the sampling tick may call them without allocating.
    /// </summary>
    public sealed class UnitRoster : IDisposable
    {
        private readonly object _gate = new object();
        private readonly ICadApi _api;
        private readonly UnitRosterOptions _options;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly LaneRateLimiter _limiter;
        private readonly Dictionary<int, string> _players = new Dictionary<int, string>();
        private volatile HashSet<string> _active = new HashSet<string>(StringComparer.Ordinal);
        private volatile UnitPlayers _units = UnitPlayers.Empty;
        private ITimer? _timer;
        private int _refreshing;
        private int _refreshSoon;
        private int _pagesPerPoll = 1;

        // A list longer than one poll's budget (over 3 pages at 100 units) is read over several polls: the next poll
        // resumes where the budget ran out. Units seen so far count at once; units that left are removed when a
        // whole pass completes.
        private int _resumeOffset;
        private HashSet<string>? _partialPass;

        public UnitRoster(ICadApi api, UnitRosterOptions options, TimeProvider time, ILog log)
        {
            _api = api ?? throw new ArgumentNullException(nameof(api));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            var policy = LanePolicy.Fifo(1).WithShare(options.Share);
            _limiter = new LaneRateLimiter(policy.PermitsPerWindow(CadEndpoint.ActiveUnits), time);
        }

        /// <summary>Raised after a player was removed (player id, communityUserId).</summary>
        public event Action<int, string>? PlayerLeft;

        /// <summary>
        /// Raised for each page of the active-unit list read, with the time its request was started (the CAD's state is
        /// at least that recent), e.g. to resync panic state. Runs on the thread pool.
        /// </summary>
        public event Action<IReadOnlyList<ActiveUnit>, DateTimeOffset>? UnitsRead;

        /// <summary>When the full list was last read; null before the first complete poll.</summary>
        public DateTimeOffset? LastRefreshedAt { get; private set; }

        public int PlayerCount
        {
            get { lock (_gate) return _players.Count; }
        }

        /// <summary>
        /// The online players who are CAD units (snapshot, replaced on every change). The sampling tick's one read of
        /// membership and identity: lock-free, allocation-free.
        /// </summary>
        public UnitPlayers Units => _units;

        /// <summary>The communityUserIds the CAD lists as active units (snapshot).</summary>
        public IReadOnlyCollection<string> ActiveUnitIds => _active;

        /// <summary>
        /// Actual poll spacing: the configured interval, but never faster than the rate budget allows for the number of
        /// pages the last complete poll needed (each page is one request of the 3/min × share budget, and a permit is
        /// reused only <see cref="LaneRateLimiter.ReuseAfter"/> after its use). With 3 pages on a 3/min budget that is
        /// 61 s, not 60 s: a 60 s poll would find no budget left and every other poll would be wasted.
        /// </summary>
        public TimeSpan EffectivePollInterval
        {
            get
            {
                var pages = Math.Max(1, Volatile.Read(ref _pagesPerPoll));
                var floor = TimeSpan.FromTicks(LaneRateLimiter.ReuseAfter.Ticks * Math.Min(pages, _limiter.PermitLimit) / _limiter.PermitLimit);
                return _options.PollInterval > floor ? _options.PollInterval : floor;
            }
        }

        public void RegisterPlayer(int playerId, string communityUserId)
        {
            if (string.IsNullOrWhiteSpace(communityUserId)) throw new ArgumentException("A communityUserId is required.", nameof(communityUserId));
            lock (_gate)
            {
                _players[playerId] = communityUserId;
                PublishLocked();
            }
        }

        public void RemovePlayer(int playerId)
        {
            string? communityUserId;
            lock (_gate)
            {
                if (!_players.TryGetValue(playerId, out communityUserId)) return;
                _players.Remove(playerId);
                PublishLocked();
            }

            PlayerLeft?.Invoke(playerId, communityUserId);
        }

        public bool TryGetCommunityUserId(int playerId, out string communityUserId)
        {
            lock (_gate)
            {
                if (_players.TryGetValue(playerId, out var id))
                {
                    communityUserId = id;
                    return true;
                }
            }

            communityUserId = string.Empty;
            return false;
        }

        /// <summary>The CAD lists this communityUserId as an active unit. Allocation-free.</summary>
        public bool IsActiveUnit(string communityUserId) => _active.Contains(communityUserId);

        /// <summary>The online player who is <paramref name="communityUserId"/>; null when none.</summary>
        public int? PlayerOf(string communityUserId)
        {
            lock (_gate)
            {
                foreach (var pair in _players)
                {
                    if (string.Equals(pair.Value, communityUserId, StringComparison.Ordinal)) return pair.Key;
                }
            }

            return null;
        }

        /// <summary>
        /// A unit change the CAD pushed (login, logout, status, panic): it joins or leaves the active set at once, and
        /// listeners of <see cref="UnitsRead"/> see it (panic sync). The next poll reconciles.
        /// </summary>
        public void ApplyPushedUnit(ActiveUnit unit, bool online, DateTimeOffset at)
        {
            if (unit == null) throw new ArgumentNullException(nameof(unit));
            lock (_gate)
            {
                var active = new HashSet<string>(_active, StringComparer.Ordinal);
                foreach (var id in unit.CommunityUserIds)
                {
                    if (online) active.Add(id);
                    else active.Remove(id);
                }

                SetActiveLocked(active);
                _partialPass?.RemoveWhere(id => !online && unit.CommunityUserIds.Contains(id));
            }

            RaiseUnitsRead(new[] { unit }, at);
        }

        /// <summary>
        /// Takes one request of the roster's active-unit budget for a request made elsewhere (the doctor's server id
        /// check), so that request is paced with the polls; false when the budget is used up.
        /// </summary>
        public bool TryTakePermit() => _limiter.TryAcquire();

        /// <summary>The player is registered and signed in to the CAD as a unit.</summary>
        public bool IsUnit(int playerId) => _units.Contains(playerId);

        /// <summary>
        /// Reads the pages of the active-unit list. Each page costs one request of the 3/min budget. When the budget runs
        /// out mid-way, or a page fails, the units seen so far are added to the list, the next call resumes at the next
        /// page, and false is returned; true once a whole pass is read (the list is then exactly that pass).
        /// </summary>
        public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
        {
            var pageSize = Math.Max(1, _options.PageSize);
            var found = _partialPass ?? new HashSet<string>(StringComparer.Ordinal);
            var offset = _resumeOffset;
            var firstOffset = offset;
            while (true)
            {
                if (!_limiter.TryAcquire())
                {
                    KeepPartialPass(found, offset);
                    _log.Write(offset > firstOffset ? LogLevel.Info : LogLevel.Warning,
                        "Unit roster: read " + found.Count + " active unit(s) so far; the rest of the list (from unit " + offset + ") is read on the next poll, within the 3/min limit.");
                    return false;
                }

                CadResult<IReadOnlyList<ActiveUnit>> page;
                var requestedAt = _time.GetUtcNow();
                try
                {
                    page = await _api.GetActiveUnitsAsync(pageSize, offset, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return false;
                }

                if (!page.IsAccepted)
                {
                    KeepPartialPass(found, offset);
                    _log.Write(page.Failure!.Kind == DeliveryFailureKind.Fatal ? LogLevel.Error : LogLevel.Warning,
                        "Unit roster: could not read the active units; keeping the previous list. " + page.Failure);
                    return false;
                }

                var units = page.Value ?? Array.Empty<ActiveUnit>();
                foreach (var unit in units)
                {
                    foreach (var id in unit.CommunityUserIds) found.Add(id);
                }

                RaiseUnitsRead(units, requestedAt);

                if (units.Count < pageSize) break;
                offset += units.Count;
            }

            Volatile.Write(ref _pagesPerPoll, offset / pageSize + 1);

            lock (_gate) SetActiveLocked(found);
            _partialPass = null;
            _resumeOffset = 0;
            LastRefreshedAt = _time.GetUtcNow();
            return true;
        }

        private void RaiseUnitsRead(IReadOnlyList<ActiveUnit> units, DateTimeOffset requestedAt)
        {
            try
            {
                UnitsRead?.Invoke(units, requestedAt);
            }
            catch (Exception ex)
            {
                _log.Write(LogLevel.Error, "Unit roster: a listener failed on the active-unit list: " + ex.Message);
            }
        }

        private void KeepPartialPass(HashSet<string> found, int offset)
        {
            _partialPass = found;
            _resumeOffset = offset;
            Volatile.Write(ref _pagesPerPoll, Math.Max(Volatile.Read(ref _pagesPerPoll), offset / Math.Max(1, _options.PageSize) + 1));
            if (found.Count == 0) return;
            lock (_gate)
            {
                var merged = new HashSet<string>(_active, StringComparer.Ordinal);
                merged.UnionWith(found);
                SetActiveLocked(merged);
            }
        }

        private void SetActiveLocked(HashSet<string> active)
        {
            _active = active;
            PublishLocked();
        }

        // Linear in the players online; runs on a join, a leave or a change of the CAD's unit list, never per tick.
        private void PublishLocked() => _units = UnitPlayers.From(_units.Version + 1, _players, _active);

        /// <summary>Polls now and then <see cref="EffectivePollInterval"/> after each poll ends, on the TimeProvider's timer.</summary>
        public void Start()
        {
            lock (_gate)
            {
                if (_timer != null) return;
                // One-shot, re-armed after each poll with the spacing that poll's page count needs.
                _timer = _time.CreateTimer(_ => _ = RefreshFromTimerAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }

        /// <summary>
        /// Polls as soon as the budget allows instead of at the next interval (a player just linked their CAD account).
        /// Does nothing before <see cref="Start"/>.
        /// </summary>
        public void RefreshSoon()
        {
            // A poll already running may have read the list before the change: the one after it comes soon too.
            Volatile.Write(ref _refreshSoon, 1);
            lock (_gate) _timer?.Change(UntilNextPermit(), Timeout.InfiniteTimeSpan);
        }

        private TimeSpan UntilNextPermit()
        {
            var wait = _limiter.NextPermitAt() - _time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        public void Stop()
        {
            lock (_gate)
            {
                _timer?.Dispose();
                _timer = null;
            }
        }

        private async Task RefreshFromTimerAsync()
        {
            if (Interlocked.Exchange(ref _refreshing, 1) == 1) return;
            Volatile.Write(ref _refreshSoon, 0);
            try
            {
                await RefreshAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _log.Write(LogLevel.Error, "Unit roster poll failed: " + ex.Message);
            }
            finally
            {
                Volatile.Write(ref _refreshing, 0);
            }

            // Next poll: spaced so that it finds the budget for as many pages as this one needed.
            var next = Volatile.Read(ref _refreshSoon) == 1 ? UntilNextPermit() : EffectivePollInterval;
            lock (_gate) _timer?.Change(next, Timeout.InfiniteTimeSpan);
            TimerPollFinished?.Invoke();
        }

        /// <summary>A timed poll has finished and the next one is scheduled (tests wait for it instead of for time).</summary>
        internal event Action? TimerPollFinished;

        public void Dispose()
        {
            Stop();
            _limiter.Dispose();
        }
    }
}
