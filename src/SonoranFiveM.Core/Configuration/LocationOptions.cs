using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Unit location pushes (<c>location.*</c>).</summary>
    public sealed class LocationOptions
    {
        /// <summary>Whether unit locations are sent to the CAD. Default <c>true</c>.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>
        /// <c>websocket</c> (default): stream over Sonoran's WebSocket hub, falling back to HTTP batches while it is down or
        /// refuses; <c>http</c>: HTTP batches only.
        /// </summary>
        public LocationTransport Transport { get; set; } = LocationTransport.WebSocket;

        /// <summary>Seconds between location batches. Default 5; at least 5 because unit locations are limited to 12 per minute.</summary>
        [Bounds(5, "use a whole number of seconds ≥ 5 (unit locations are limited to 12 per minute)")]
        public int IntervalSeconds { get; set; } = 5;

        /// <summary>Metres a unit must move before its location is sent again. Default 2.0.</summary>
        [Bounds(0, "use a distance in metres ≥ 0 (0 sends every movement)")]
        public double DistanceThreshold { get; set; } = 2.0;

        /// <summary>Degrees a unit must turn before its location is sent again. Default 10.</summary>
        [Bounds(0, 180, "use degrees from 0 to 180")]
        public double HeadingThreshold { get; set; } = 10;

        /// <summary>Seconds after which an unchanged unit is sent anyway, so the CAD does not mark it stale. Default 60.</summary>
        public int KeepAliveSeconds { get; set; } = 60;

        /// <summary>
        /// Vehicles shown on the CAD's live map beyond the base game's emergency vehicles: game model name → the model the
        /// CAD should show ("" sends the game name). A default may be remapped here. Other vehicles are sent without one.
        /// </summary>
        public Dictionary<string, string> VehicleModels { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Degrees the live map turns vehicle models (<c>vehicle.headingOffset</c>). Default 0.</summary>
        [Bounds(-360, 360, "use degrees from -360 to 360")]
        public double VehicleHeadingOffset { get; set; }
    }
}
