namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>
    /// Wraps a transport to count its operations from the client's side: those started and those not yet answered (so a
    /// step can wait until nothing is in flight). Subclasses add their own tallies of how operations ended.
    /// </summary>
    internal abstract class CountingDecorator<TInner>(TInner inner)
    {
        private long _started;
        private long _inFlight;

        protected TInner Inner { get; } = inner;

        protected long Started => Interlocked.Read(ref _started);

        /// <summary>Operations started and not yet answered.</summary>
        public long InFlight => Interlocked.Read(ref _inFlight);

        protected async Task<T> TrackAsync<T>(Func<TInner, Task<T>> operation)
        {
            Interlocked.Increment(ref _started);
            Interlocked.Increment(ref _inFlight);
            try
            {
                return await operation(Inner).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
