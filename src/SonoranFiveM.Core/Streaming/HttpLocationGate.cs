namespace SonoranFiveM.Core.Streaming
{
    /// <summary>
    /// What the HTTP location lane sees when the hub is configured: every pending unit while the hub does not carry
    /// locations (down, refused, not yet connected); while it does, nothing, unless more units are pending than the hub
    /// clears in about a second (<see cref="HubChannelOptions.HttpOverflowThreshold"/>), when HTTP takes a batch too.
    /// Both consumers take from the same source, whose cursor moves on, so they carry different units.
    /// </summary>
    public sealed class HttpLocationGate(IUnitLocationSource inner, HubLocationChannel hub) : IUnitLocationSource
    {
        private readonly IUnitLocationSource _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        private readonly HubLocationChannel _hub = hub ?? throw new ArgumentNullException(nameof(hub));

        public int PendingCount
        {
            get
            {
                var pending = _inner.PendingCount;
                return HttpCarries(pending) ? pending : 0;
            }
        }

        public LocationBatch? TakeBatch(int maxUnits, DateTimeOffset now) =>
            HttpCarries(_inner.PendingCount) ? _inner.TakeBatch(maxUnits, now) : null;

        public void Complete(LocationBatch batch, LocationBatchOutcome outcome, DateTimeOffset now) => _inner.Complete(batch, outcome, now);

        private bool HttpCarries(int pending) => !_hub.CarriesLocations || pending > _hub.Options.HttpOverflowThreshold;
    }
}
