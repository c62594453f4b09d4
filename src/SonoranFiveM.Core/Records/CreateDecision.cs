namespace SonoranFiveM.Core.Records
{
    /// <summary>Whether a queued record should still be created now, and for how long Sonoran should keep it.</summary>
    public sealed class CreateDecision
    {
        private CreateDecision(bool shouldCreate, int remainingMinutes, string? reason)
        {
            ShouldCreate = shouldCreate;
            RemainingMinutes = remainingMinutes;
            Reason = reason;
        }

        internal static CreateDecision Create(int remainingMinutes) => new CreateDecision(true, remainingMinutes, null);
        internal static CreateDecision Skip(string reason) => new CreateDecision(false, 0, reason);

        public bool ShouldCreate { get; }

        /// <summary>Whole minutes left, rounded up (at least 1): the <c>deleteAfterMinutes</c> to send. 0 when skipped.</summary>
        public int RemainingMinutes { get; }

        /// <summary>Why it was skipped; null when it should be created.</summary>
        public string? Reason { get; }
    }
}
