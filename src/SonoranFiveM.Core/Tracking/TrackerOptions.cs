namespace SonoranFiveM.Core.Tracking
{
    /// <summary>When a unit's position is worth sending.</summary>
    public sealed class TrackerOptions
    {
        /// <summary>Moved more than this (game units, 3-D) since the last accepted position. Default 2.0.</summary>
        public float DistanceThreshold { get; set; } = 2.0f;

        /// <summary>Turned more than this many degrees (shortest way round) since the last accepted heading. Default 10.</summary>
        public float HeadingThreshold { get; set; } = 10f;

        /// <summary>A stationary unit is re-sent after this long. Default 60 s.</summary>
        public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Most units tracked at once; storage is allocated up front. Default 1024.</summary>
        public int MaxUnits { get; set; } = 1024;
    }
}
