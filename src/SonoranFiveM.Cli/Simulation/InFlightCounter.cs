namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>Counts operations started and those not yet answered (so a step can wait until nothing is in flight).</summary>
    internal sealed class InFlightCounter
    {
        private long _started;
        private long _inFlight;

        public long Started => Interlocked.Read(ref _started);

        public long InFlight => Interlocked.Read(ref _inFlight);

        public async Task<T> TrackAsync<T>(Func<Task<T>> operation)
        {
            Interlocked.Increment(ref _started);
            Interlocked.Increment(ref _inFlight);
            try
            {
                return await operation().ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
