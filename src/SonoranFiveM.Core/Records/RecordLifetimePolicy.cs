namespace SonoranFiveM.Core.Records
{
    /// <summary>
    /// Lifetime rules for temporary records. Minutes must be positive; above <see cref="MaxMinutes"/> (default 1440,
    /// one day) they are capped with a warning by default, or refused when <see cref="OverMax"/> is
    /// <see cref="OverMaxLifetime.Reject"/>. All methods are pure.
    /// </summary>
    public sealed class RecordLifetimePolicy
    {
        public const int DefaultMaxMinutes = 1440;

        public static RecordLifetimePolicy Default { get; } = new RecordLifetimePolicy();

        /// <summary>Longest lifetime allowed, in minutes (default 1440).</summary>
        public int MaxMinutes { get; init; } = DefaultMaxMinutes;

        /// <summary>Cap (default) or reject a lifetime above <see cref="MaxMinutes"/>.</summary>
        public OverMaxLifetime OverMax { get; init; } = OverMaxLifetime.Cap;

        /// <param name="minutes">The requested lifetime.</param>
        /// <param name="subject">What it belongs to, for the message (e.g. <c>record template 'bolo'</c>).</param>
        public LifetimeDecision Check(int minutes, string subject)
        {
            if (minutes <= 0)
                return LifetimeDecision.Invalid(subject + ": lifetime " + minutes + " minutes is not allowed; a temporary record must live at least 1 minute (e.g. 30)");
            if (minutes <= MaxMinutes)
                return LifetimeDecision.Ok(minutes);
            if (OverMax == OverMaxLifetime.Reject)
                return LifetimeDecision.Invalid(subject + ": lifetime " + minutes + " minutes is over the maximum of " + MaxMinutes + "; lower it or raise the maximum");
            return LifetimeDecision.Ok(MaxMinutes, subject + ": lifetime " + minutes + " minutes is over the maximum of " + MaxMinutes + "; using " + MaxMinutes);
        }

        /// <summary>When a record created at <paramref name="createdAt"/> with this lifetime expires.</summary>
        public static DateTimeOffset ExpiresAt(DateTimeOffset createdAt, int minutes) => createdAt.AddMinutes(minutes);

        /// <summary>
        /// A record queued at creation time may wait (outage, rate limit, restart). If its expiry has passed by
        /// <paramref name="now"/>, creating it would show stale data: skip it. Otherwise send the minutes left, rounded up.
        /// </summary>
        public static CreateDecision DecideCreate(TemporaryRecord record, DateTimeOffset now)
        {
            if (record == null) throw new ArgumentNullException(nameof(record));
            if (now >= record.ExpiresAt)
                return CreateDecision.Skip("record '" + record.TemplateName + "' (" + record.Id + ") expired at " + record.ExpiresAt.ToString("u") + " before it could be created");
            return CreateDecision.Create(RemainingMinutes(record.ExpiresAt, now));
        }

        /// <summary>Whole minutes from <paramref name="now"/> to <paramref name="expiresAt"/>, rounded up; 0 once passed.</summary>
        public static int RemainingMinutes(DateTimeOffset expiresAt, DateTimeOffset now)
        {
            var left = expiresAt - now;
            if (left <= TimeSpan.Zero) return 0;
            return (int)((left.Ticks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute);
        }
    }
}
