namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>One kind of durable work (911 calls, records) over a run: made, delivered, still queued, and let go.</summary>
    public sealed class DurableFigures
    {
        public long Created { get; init; }
        public long Delivered { get; init; }
        public long Pending { get; init; }

        /// <summary>Pending work that is not in the outbox journal at the end: a stop now would lose it.</summary>
        public long Unsaved { get; init; }

        /// <summary>Work the client let go unsent because it outlived its lifetime (a call's deleteAfterMinutes, a record's
        /// lifetime): by design, not a loss.</summary>
        public long ExpiredUndelivered { get; init; }

        /// <summary>
        /// created − delivered − pending − expired-undelivered; anything but 0 is a bug (negative: delivered twice or counted
        /// wrong). Expired-undelivered is the client's own count of work it dropped for age, which the design allows (a call
        /// past its deleteAfterMinutes would already be gone from the CAD); every other gap is a loss.
        /// </summary>
        public long Lost => Created - Delivered - Pending - ExpiredUndelivered;
    }
}
