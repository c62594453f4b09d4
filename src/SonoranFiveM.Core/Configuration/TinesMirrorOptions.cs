using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Copying records to Tines (<c>mirrors.tines.*</c>).</summary>
    public sealed class TinesMirrorOptions
    {
        /// <summary>Whether the mirror is used. Default <c>false</c>.</summary>
        public bool Enabled { get; set; }

        /// <summary>Your tenant, e.g. <c>https://adjective-noun-1234.tines.com</c>. Required when enabled.</summary>
        public string TenantUrl { get; set; } = "";

        /// <summary>Tines API key. Secret: prefer the convar <c>sonoran_mirrors_tines_apiKey</c>. Required when enabled.</summary>
        [Secret]
        public string ApiKey { get; set; } = "";

        /// <summary>The Tines record type id records are created as. Required when enabled.</summary>
        public int RecordTypeId { get; set; }

        /// <summary>Template field name → Tines field id. Fields not listed are not copied. Default empty.</summary>
        public Dictionary<string, string> FieldMap { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Requests per minute. Default 400, the Tines records limit per IP and token.</summary>
        [Bounds(1, 400, "use a whole number from 1 to 400 (Tines allows 400 record requests per minute)")]
        public int RatePerMinute { get; set; } = 400;
    }
}
