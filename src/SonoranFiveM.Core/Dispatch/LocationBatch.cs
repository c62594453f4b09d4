namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>One unit-locations request, plus the source's own bookkeeping to settle it.</summary>
    public sealed class LocationBatch
    {
        public LocationBatch(IReadOnlyList<UnitLocation> updates, object? state)
        {
            Updates = updates;
            State = state;
        }

        public IReadOnlyList<UnitLocation> Updates { get; }

        /// <summary>Opaque to the dispatcher; the source uses it in <see cref="IUnitLocationSource.Complete"/>.</summary>
        public object? State { get; }
    }
}
