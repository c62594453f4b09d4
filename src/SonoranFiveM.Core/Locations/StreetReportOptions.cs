namespace SonoranFiveM.Core.Locations
{
    /// <summary>Rules for street names sent by the optional client script.</summary>
    public sealed class StreetReportOptions
    {
        /// <summary>Longest street name kept, after cleaning; longer names are cut. Default 64.</summary>
        public int MaxLength { get; set; } = 64;

        /// <summary>Shortest time between two accepted reports from one player. Default 1 s.</summary>
        public double MinIntervalSeconds { get; set; } = 1;

        /// <summary>A report older than this is not used (the player has probably moved on). Default 30 s.</summary>
        public double MaxAgeSeconds { get; set; } = 30;
    }
}
