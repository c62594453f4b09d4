namespace SonoranFiveM.Core.Tracking
{
    /// <summary>How the active-unit list is polled.</summary>
    public sealed class UnitRosterOptions
    {
        /// <summary>Time between polls. Default 60 s. Pages beyond the rate budget (3/min × share) wait for the next poll.</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Units per page (<c>limit</c>). Default 100.</summary>
        public int PageSize { get; set; } = 100;

        /// <summary>This server's share of the 3/min active-units limit, in (0, 1]. Default 1.</summary>
        public double Share { get; set; } = 1.0;
    }
}
