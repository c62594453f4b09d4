using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Copying records to QuickBlox custom objects (<c>mirrors.quickblox.*</c>).</summary>
    public sealed class QuickBloxMirrorOptions
    {
        /// <summary>Whether the mirror is used. Default <c>false</c>.</summary>
        public bool Enabled { get; set; }

        /// <summary>API host. Default <c>https://api.quickblox.com</c>; enterprise apps may have their own.</summary>
        public string ApiUrl { get; set; } = "https://api.quickblox.com";

        /// <summary>
        /// Server API key (sent as <c>Authorization: ApiKey …</c>). Secret: prefer the convar
        /// <c>sonoran_mirrors_quickblox_apiKey</c>. Required when enabled.
        /// </summary>
        [Secret]
        public string ApiKey { get; set; } = "";

        /// <summary>The custom object class records are created in. Required when enabled.</summary>
        public string ClassName { get; set; } = "";

        /// <summary>Template field name → class field name. Fields not listed are not copied. Default empty.</summary>
        public Dictionary<string, string> FieldMap { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Requests per minute. Default 600, well inside every QuickBlox plan's per-second limit.</summary>
        [Bounds(1, "use a whole number ≥ 1 that fits your QuickBlox plan")]
        public int RatePerMinute { get; set; } = 600;
    }
}
