namespace SonoranFiveM.Emulator.State;

/// <summary>
/// Everything the emulated CAD, Tines and QuickBlox hold. Thread-safe. Items with <c>deleteAfterMinutes</c>
/// disappear once due by the emulator's clock: every read and write first sweeps what is due.
/// </summary>
public sealed class EmulatorState
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<int> _serverIds;
    private readonly List<EmulatedUnit> _units = new();
    private readonly SortedDictionary<int, EmergencyCallEntry> _calls = new();
    private readonly SortedDictionary<int, CadRecordEntry> _records = new();
    private readonly SortedDictionary<long, TinesRecordEntry> _tines = new();
    private readonly Dictionary<string, QuickBloxRecordEntry> _quickBlox = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, HeartbeatEntry> _heartbeats = new();
    private int _nextUnitId = 1;
    private int _nextCallId = 1001;
    private int _nextRecordId = 5001;
    private long _nextTinesId = 9001;

    internal EmulatorState(TimeProvider time, IReadOnlyList<int> serverIds)
    {
        _time = time;
        _serverIds = serverIds;
    }

    public EmulatorCounters Counters { get; } = new();

    public IReadOnlyList<int> ServerIds => _serverIds;

    // ---- units -------------------------------------------------------------------------------

    /// <summary>Logs a unit in. <paramref name="serverId"/> defaults to the first configured server.</summary>
    public EmulatedUnit AddUnit(
        string communityUserId,
        string? name = null,
        string? unitNum = null,
        int? serverId = null,
        int status = 2,
        bool isDispatch = false,
        string department = "",
        IEnumerable<string>? apiIds = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(communityUserId);
        if (!UnitStatuses.IsValid(status)) throw new ArgumentOutOfRangeException(nameof(status), status, "Not a unit status.");
        lock (_gate)
        {
            var id = _nextUnitId++;
            var unit = new EmulatedUnit
            {
                Id = id,
                AccountUuid = new Guid(id, 0, 0, new byte[8]),
                CommunityUserId = communityUserId,
                ApiIds = apiIds?.ToArray() ?? Array.Empty<string>(),
                ServerId = serverId ?? _serverIds[0],
                Name = name ?? communityUserId,
                UnitNum = unitNum ?? $"U-{id}",
                Department = department,
                Status = status,
                IsDispatch = isDispatch,
            };
            _units.Add(unit);
            return unit;
        }
    }

    public IReadOnlyList<EmulatedUnit> Units
    {
        get { lock (_gate) return _units.ToArray(); }
    }

    /// <summary>The unit with this community user id (or legacy API id), on any server; null if none.</summary>
    public EmulatedUnit? FindUnit(string communityUserIdOrApiId)
    {
        lock (_gate) return _units.FirstOrDefault(u => u.AnswersTo(communityUserIdOrApiId));
    }

    /// <summary>Applies <paramref name="change"/> to every unit <paramref name="match"/> selects; returns how many changed.</summary>
    internal int UpdateUnits(Func<EmulatedUnit, bool> match, Func<EmulatedUnit, EmulatedUnit> change)
    {
        lock (_gate)
        {
            var updated = 0;
            for (var i = 0; i < _units.Count; i++)
            {
                if (!match(_units[i])) continue;
                _units[i] = change(_units[i]);
                updated++;
            }

            return updated;
        }
    }

    // ---- heartbeats --------------------------------------------------------------------------

    /// <summary>The last heartbeat per server id.</summary>
    public IReadOnlyDictionary<int, HeartbeatEntry> Heartbeats
    {
        get { lock (_gate) return new SortedDictionary<int, HeartbeatEntry>(_heartbeats); }
    }

    internal void RecordHeartbeat(int serverId, int playerCount)
    {
        lock (_gate)
        {
            var count = _heartbeats.TryGetValue(serverId, out var last) ? last.Count + 1 : 1;
            _heartbeats[serverId] = new HeartbeatEntry(serverId, playerCount, _time.GetUtcNow(), count);
            Counters.Increment(EmulatorCounters.Heartbeats);
        }
    }

    // ---- 911 calls ---------------------------------------------------------------------------

    public IReadOnlyList<EmergencyCallEntry> Calls
    {
        get { lock (_gate) { Sweep(); return _calls.Values.ToArray(); } }
    }

    public EmergencyCallEntry? FindCall(int callId)
    {
        lock (_gate) { Sweep(); return _calls.GetValueOrDefault(callId); }
    }

    internal EmergencyCallEntry AddCall(
        int serverId, bool isEmergency, string caller, string location, string description,
        IReadOnlyDictionary<string, string> metaData, int? deleteAfterMinutes, EmulatorApi via)
    {
        lock (_gate)
        {
            Sweep();
            var now = _time.GetUtcNow();
            var call = new EmergencyCallEntry(_nextCallId++, serverId, isEmergency, caller, location, description,
                metaData, now, Expiry(now, deleteAfterMinutes), via);
            _calls.Add(call.CallId, call);
            Counters.Increment(EmulatorCounters.CallsCreated);
            return call;
        }
    }

    internal bool RemoveCall(int serverId, int callId)
    {
        lock (_gate)
        {
            Sweep();
            if (!_calls.TryGetValue(callId, out var call) || call.ServerId != serverId) return false;
            _calls.Remove(callId);
            Counters.Increment(EmulatorCounters.CallsRemoved);
            return true;
        }
    }

    // ---- Sonoran records ---------------------------------------------------------------------

    public IReadOnlyList<CadRecordEntry> Records
    {
        get { lock (_gate) { Sweep(); return _records.Values.ToArray(); } }
    }

    public CadRecordEntry? FindRecord(int recordId)
    {
        lock (_gate) { Sweep(); return _records.GetValueOrDefault(recordId); }
    }

    internal CadRecordEntry AddRecord(
        int? recordTypeId, string owner, IReadOnlyDictionary<string, string>? replaceValues, string? rawRecordJson,
        int? deleteAfterMinutes, EmulatorApi via)
    {
        lock (_gate)
        {
            Sweep();
            var now = _time.GetUtcNow();
            var record = new CadRecordEntry(_nextRecordId++, recordTypeId, owner, replaceValues, rawRecordJson,
                now, Expiry(now, deleteAfterMinutes), via);
            _records.Add(record.Id, record);
            Counters.Increment(EmulatorCounters.RecordsCreated);
            return record;
        }
    }

    internal bool RemoveRecord(int recordId)
    {
        lock (_gate)
        {
            Sweep();
            if (!_records.Remove(recordId)) return false;
            Counters.Increment(EmulatorCounters.RecordsDeleted);
            return true;
        }
    }

    // ---- Tines -------------------------------------------------------------------------------

    public IReadOnlyList<TinesRecordEntry> TinesRecords
    {
        get { lock (_gate) return _tines.Values.ToArray(); }
    }

    public TinesRecordEntry? FindTinesRecord(long id)
    {
        lock (_gate) return _tines.GetValueOrDefault(id);
    }

    internal TinesRecordEntry AddTinesRecord(string recordTypeId, IReadOnlyList<TinesFieldValue> fields, IReadOnlyList<long> caseIds, bool testMode)
    {
        lock (_gate)
        {
            var record = new TinesRecordEntry(_nextTinesId++, recordTypeId, fields, caseIds, testMode, _time.GetUtcNow());
            _tines.Add(record.Id, record);
            Counters.Increment(EmulatorCounters.TinesRecordsCreated);
            return record;
        }
    }

    internal bool RemoveTinesRecord(long id)
    {
        lock (_gate)
        {
            if (!_tines.Remove(id)) return false;
            Counters.Increment(EmulatorCounters.TinesRecordsDeleted);
            return true;
        }
    }

    // ---- QuickBlox ---------------------------------------------------------------------------

    public IReadOnlyList<QuickBloxRecordEntry> QuickBloxRecords
    {
        get { lock (_gate) return _quickBlox.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray(); }
    }

    public QuickBloxRecordEntry? FindQuickBloxRecord(string className, string id)
    {
        lock (_gate)
        {
            return _quickBlox.TryGetValue(id, out var r) && string.Equals(r.ClassName, className, StringComparison.Ordinal) ? r : null;
        }
    }

    internal void AddQuickBloxRecord(QuickBloxRecordEntry record)
    {
        lock (_gate)
        {
            _quickBlox.Add(record.Id, record);
            Counters.Increment(EmulatorCounters.QuickBloxRecordsCreated);
        }
    }

    internal bool RemoveQuickBloxRecord(string className, string id)
    {
        lock (_gate)
        {
            if (!_quickBlox.TryGetValue(id, out var r) || !string.Equals(r.ClassName, className, StringComparison.Ordinal)) return false;
            _quickBlox.Remove(id);
            Counters.Increment(EmulatorCounters.QuickBloxRecordsDeleted);
            return true;
        }
    }

    // ---- expiry ------------------------------------------------------------------------------

    private static DateTimeOffset? Expiry(DateTimeOffset now, int? deleteAfterMinutes) =>
        deleteAfterMinutes is > 0 ? now.AddMinutes(deleteAfterMinutes.Value) : null;

    private void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var call in _calls.Values.Where(c => c.ExpiresAt <= now).ToArray())
        {
            _calls.Remove(call.CallId);
            Counters.Increment(EmulatorCounters.CallsExpired);
        }

        foreach (var record in _records.Values.Where(r => r.ExpiresAt <= now).ToArray())
        {
            _records.Remove(record.Id);
            Counters.Increment(EmulatorCounters.RecordsExpired);
        }
    }
}
