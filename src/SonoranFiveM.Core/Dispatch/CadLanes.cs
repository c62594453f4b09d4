namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>The CAD lanes that are not records: each endpoint's typed work, its sender and, for calls, its codec.</summary>
    internal static class CadLanes
    {
        public static LaneSpec<int> Heartbeat(ICadApi api, DispatcherOptions options)
            // A heartbeat older than one interval is worth nothing: the next one is on its way.
            => new LaneSpec<int>(nameof(CadEndpoint.Heartbeat), CadEndpoint.Heartbeat, Permits(options, CadEndpoint.Heartbeat),
                options.Lane(CadEndpoint.Heartbeat).WithMaxAge(options.HeartbeatInterval),
                async (batch, ct) => new LaneSendResult(await api.SendHeartbeatAsync(batch[0], ct).ConfigureAwait(false)));

        public static LaneSpec<EmergencyCall> Create911Call(ICadApi api, DispatcherOptions options)
            => new LaneSpec<EmergencyCall>(nameof(CadEndpoint.Create911Call), CadEndpoint.Create911Call, Permits(options, CadEndpoint.Create911Call),
                options.Lane(CadEndpoint.Create911Call), async (batch, ct) =>
                {
                    var result = await api.Create911CallAsync(batch[0], ct).ConfigureAwait(false);
                    return new LaneSendResult(result, result.IsAccepted ? new string?[] { result.Value.ToString(CultureInfo.InvariantCulture) } : null);
                })
            {
                Codec = new WorkCodec<EmergencyCall>(OutboxEntryKind.Call911, OutboxPayloads.FromCall, entry => OutboxPayloads.ToCall(entry.Payload)),
                // Read from the work, so calls replayed from the outbox keep their place behind the emergencies.
                Deferrable = call => !call.IsEmergency,
            };

        public static LaneSpec<long> Remove911Call(ICadApi api, DispatcherOptions options)
            => new LaneSpec<long>(nameof(CadEndpoint.Remove911Call), CadEndpoint.Remove911Call, Permits(options, CadEndpoint.Remove911Call),
                options.Lane(CadEndpoint.Remove911Call),
                async (batch, ct) => new LaneSendResult(await api.Remove911CallAsync(batch[0], ct).ConfigureAwait(false)));

        public static LaneSpec<UnitChange<bool>> UnitPanic(ICadApi api, DispatcherOptions options)
            => new LaneSpec<UnitChange<bool>>(nameof(CadEndpoint.UnitPanic), CadEndpoint.UnitPanic, Permits(options, CadEndpoint.UnitPanic),
                options.Lane(CadEndpoint.UnitPanic),
                async (batch, ct) => new LaneSendResult(await api.SetUnitPanicAsync(batch[0].CommunityUserId, batch[0].Value, ct).ConfigureAwait(false)));

        public static LaneSpec<UnitChange<int>> UnitStatus(ICadApi api, DispatcherOptions options)
            => new LaneSpec<UnitChange<int>>(nameof(CadEndpoint.UnitStatus), CadEndpoint.UnitStatus, Permits(options, CadEndpoint.UnitStatus),
                options.Lane(CadEndpoint.UnitStatus),
                async (batch, ct) => new LaneSendResult(await api.SetUnitStatusAsync(batch[0].CommunityUserId, batch[0].Value, ct).ConfigureAwait(false)));

        /// <summary>How long a call is tried: the shorter of <see cref="DispatcherOptions.Call911MaxAge"/> and its own <c>deleteAfterMinutes</c>.</summary>
        public static TimeSpan CallMaxAge(EmergencyCall call, DispatcherOptions options)
            => call.DeleteAfterMinutes > 0 && TimeSpan.FromMinutes(call.DeleteAfterMinutes.Value) < options.Call911MaxAge
                ? TimeSpan.FromMinutes(call.DeleteAfterMinutes.Value)
                : options.Call911MaxAge;

        /// <summary>Requests per 60 s for a CAD endpoint's lane: its documented limit × the configured share.</summary>
        public static int Permits(DispatcherOptions options, CadEndpoint endpoint) => options.Lane(endpoint).PermitsPerWindow(endpoint);
    }

    /// <summary>A change to one unit (panic or status): latest wins per unit.</summary>
    internal readonly struct UnitChange<T>
    {
        public UnitChange(string communityUserId, T value)
        {
            CommunityUserId = communityUserId;
            Value = value;
        }

        public string CommunityUserId { get; }
        public T Value { get; }
    }
}
