using System.Collections.Concurrent;

namespace SonoranFiveM.Core.Tests.TestSupport
{
    /// <summary>
    /// A hand-written ICadApi: records every call with its fake-clock time; answers from per-endpoint scripts; keeps the
    /// records it created until they are deleted.
    /// </summary>
    internal sealed class FakeCadApi : ICadApi
    {
        private readonly FakeTimeProvider _time;
        private readonly ConcurrentDictionary<CadEndpoint, ConcurrentQueue<DeliveryFailure?>> _scripts = new ConcurrentDictionary<CadEndpoint, ConcurrentQueue<DeliveryFailure?>>();
        private readonly ConcurrentDictionary<CadEndpoint, DeliveryFailure?> _always = new ConcurrentDictionary<CadEndpoint, DeliveryFailure?>();
        private long _nextCallId = 100;
        private DeliveryFailure? _failure;

        public FakeCadApi(FakeTimeProvider time, int maxRecordsPerRequest = 1, string apiVersion = "v2")
        {
            _time = time;
            MaxRecordsPerRequest = maxRecordsPerRequest;
            ApiVersion = apiVersion;
        }

        public string ApiVersion { get; }
        public int MaxRecordsPerRequest { get; }

        /// <summary>Records created and not deleted since, by id.</summary>
        public ConcurrentDictionary<string, RecordRequest> Records { get; } = new ConcurrentDictionary<string, RecordRequest>();

        /// <summary>The records of every CreateRecords call, in order.</summary>
        public IReadOnlyList<IReadOnlyList<RecordRequest>> CreateRequests => BodiesOf(CadEndpoint.CreateRecord).Cast<IReadOnlyList<RecordRequest>>().ToList();

        /// <summary>The id of every DeleteRecord call, in order.</summary>
        public IReadOnlyList<string> DeleteRequests => BodiesOf(CadEndpoint.DeleteRecord).Cast<string>().ToList();

        /// <summary>Answer every record create and delete with this failure while set (null = accept).</summary>
        public DeliveryFailure? Failure
        {
            get => _failure;
            set
            {
                _failure = value;
                Always(CadEndpoint.CreateRecord, value);
                Always(CadEndpoint.DeleteRecord, value);
            }
        }

        public ConcurrentQueue<(CadEndpoint Endpoint, DateTimeOffset At, object? Body)> Calls { get; } = new ConcurrentQueue<(CadEndpoint, DateTimeOffset, object?)>();

        /// <summary>Active units served by GetActiveUnitsAsync.</summary>
        public List<ActiveUnit> ActiveUnits { get; } = new List<ActiveUnit>();

        /// <summary>When set, the call blocks until this completes (a slow endpoint).</summary>
        public ConcurrentDictionary<CadEndpoint, Task> Gates { get; } = new ConcurrentDictionary<CadEndpoint, Task>();

        /// <summary>Queues one-shot answers for the next calls of an endpoint (null = accept).</summary>
        public void Script(CadEndpoint endpoint, params DeliveryFailure?[] answers)
        {
            var queue = _scripts.GetOrAdd(endpoint, _ => new ConcurrentQueue<DeliveryFailure?>());
            foreach (var answer in answers) queue.Enqueue(answer);
        }

        /// <summary>Answer every call of an endpoint with this failure (null = accept) once the script is used up.</summary>
        public void Always(CadEndpoint endpoint, DeliveryFailure? answer) => _always[endpoint] = answer;

        public List<DateTimeOffset> TimesOf(CadEndpoint endpoint)
        {
            var list = new List<DateTimeOffset>();
            foreach (var call in Calls) if (call.Endpoint == endpoint) list.Add(call.At);
            return list;
        }

        public List<object?> BodiesOf(CadEndpoint endpoint)
        {
            var list = new List<object?>();
            foreach (var call in Calls) if (call.Endpoint == endpoint) list.Add(call.Body);
            return list;
        }

        public int Count(CadEndpoint endpoint) => TimesOf(endpoint).Count;

        private async Task<DeliveryFailure?> Answer(CadEndpoint endpoint, object? body, CancellationToken ct)
        {
            Calls.Enqueue((endpoint, _time.GetUtcNow(), body));
            if (Gates.TryGetValue(endpoint, out var gate)) await gate.WaitAsync(ct);
            if (_scripts.TryGetValue(endpoint, out var queue) && queue.TryDequeue(out var scripted)) return scripted;
            return _always.TryGetValue(endpoint, out var always) ? always : null;
        }

        public async Task<CadResult> UpdateUnitLocationsAsync(IReadOnlyList<UnitLocation> updates, CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.UnitLocations, new List<UnitLocation>(updates), cancellationToken);
            return failure == null ? CadResult.Accepted : CadResult.Fail(failure);
        }

        public async Task<CadResult> SendHeartbeatAsync(int playerCount, CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.Heartbeat, playerCount, cancellationToken);
            return failure == null ? CadResult.Accepted : CadResult.Fail(failure);
        }

        public async Task<CadResult<long>> Create911CallAsync(EmergencyCall call, CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.Create911Call, call, cancellationToken);
            return failure == null ? CadResult.Ok(Interlocked.Increment(ref _nextCallId)) : CadResult.Fail<long>(failure);
        }

        public async Task<CadResult> Remove911CallAsync(long callId, CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.Remove911Call, callId, cancellationToken);
            return failure == null ? CadResult.Accepted : CadResult.Fail(failure);
        }

        public async Task<CadResult> SetUnitPanicAsync(string communityUserId, bool isPanic, CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.UnitPanic, (communityUserId, isPanic), cancellationToken);
            return failure == null ? CadResult.Accepted : CadResult.Fail(failure);
        }

        public async Task<CadResult> SetUnitStatusAsync(string communityUserId, int status, CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.UnitStatus, (communityUserId, status), cancellationToken);
            return failure == null ? CadResult.Accepted : CadResult.Fail(failure);
        }

        public async Task<CadResult<IReadOnlyList<string?>>> CreateRecordsAsync(IReadOnlyList<RecordRequest> records, CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.CreateRecord, new List<RecordRequest>(records), cancellationToken);
            if (failure != null) return CadResult.Fail<IReadOnlyList<string?>>(failure);
            var ids = new List<string?>();
            foreach (var record in records)
            {
                var id = "rec-" + Interlocked.Increment(ref _nextCallId);
                Records[id] = record;
                ids.Add(id);
            }
            return CadResult.Ok<IReadOnlyList<string?>>(ids);
        }

        public async Task<CadResult> DeleteRecordAsync(string recordId, CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.DeleteRecord, recordId, cancellationToken);
            if (failure != null) return CadResult.Fail(failure);
            Records.TryRemove(recordId, out _);
            return CadResult.Accepted;
        }

        public async Task<CadResult<IReadOnlyList<ActiveUnit>>> GetActiveUnitsAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.ActiveUnits, (limit, offset), cancellationToken);
            if (failure != null) return CadResult.Fail<IReadOnlyList<ActiveUnit>>(failure);
            var page = new List<ActiveUnit>();
            for (var i = offset; i < ActiveUnits.Count && page.Count < limit; i++) page.Add(ActiveUnits[i]);
            return CadResult.Ok<IReadOnlyList<ActiveUnit>>(page);
        }

        /// <summary>The code CreateLinkAsync hands out.</summary>
        public LinkCode? NextLinkCode { get; set; }

        /// <summary>The communityUserIds CheckLinkAsync answers as linked.</summary>
        public ConcurrentDictionary<string, bool> LinkedIds { get; } = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        public async Task<CadResult<LinkCode>> CreateLinkAsync(string communityUserId, CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.CreateLink, communityUserId, cancellationToken);
            return failure == null ? CadResult.Ok(NextLinkCode ?? new LinkCode("A7K2", _time.GetUtcNow().AddMinutes(10))) : CadResult.Fail<LinkCode>(failure);
        }

        public async Task<CadResult<LinkState>> CheckLinkAsync(string communityUserId, CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.CheckLink, communityUserId, cancellationToken);
            return failure == null ? CadResult.Ok(new LinkState(LinkedIds.ContainsKey(communityUserId))) : CadResult.Fail<LinkState>(failure);
        }

        public async Task<CadResult<CadVersion>> GetVersionAsync(CancellationToken cancellationToken = default)
        {
            var failure = await Answer(CadEndpoint.Version, null, cancellationToken);
            return failure == null ? CadResult.Ok(new CadVersion(3, "PLUS")) : CadResult.Fail<CadVersion>(failure);
        }
    }

    internal static class Failures
    {
        public static DeliveryFailure Transient() => new DeliveryFailure(DeliveryFailureKind.Transient, "503 from gateway", 503);
        public static DeliveryFailure Fatal() => new DeliveryFailure(DeliveryFailureKind.Fatal, "invalid API key", 401);
        public static DeliveryFailure Rejected(string why = "caller is required") => new DeliveryFailure(DeliveryFailureKind.Rejected, why, 400);
        public static DeliveryFailure RateLimited(DateTimeOffset? until) => new DeliveryFailure(DeliveryFailureKind.RateLimited, "API rate limit exceeded", 429, until);
    }

    internal static class Calls911
    {
        public static EmergencyCall Make(string description = "shots fired", int? deleteAfterMinutes = null)
            => new EmergencyCall(true, "John", "Alta St", description, deleteAfterMinutes, new Dictionary<string, string> { ["x"] = "1", ["y"] = "2" });
    }
}
