namespace SonoranFiveM.Core.Cad.Models
{
    /// <summary>A 911 (emergency) or 311 (non-emergency) call.</summary>
    /// <param name="MetaData">String values only (v2 requires it): x, y, z, postal, and the outbox id for de-duplication.</param>
    public sealed record EmergencyCall(bool IsEmergency, string Caller, string Location, string Description,
        int? DeleteAfterMinutes, IReadOnlyDictionary<string, string> MetaData)
    {
        /// <summary>The same call with one more metaData value (replacing one of the same key).</summary>
        public EmergencyCall WithMetaData(string key, string value)
        {
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in MetaData) meta[pair.Key] = pair.Value;
            meta[key] = value;
            return this with { MetaData = meta };
        }

        /// <summary>
        /// The call as JSON, field for field as the v2 <c>create-911-call</c> body documents it; the outbox journals
        /// the same object. metaData values are strings (v2 rejects numbers there).
        /// </summary>
        public JObject ToJson()
        {
            var json = new JObject
            {
                ["isEmergency"] = IsEmergency,
                ["caller"] = Caller,
                ["location"] = Location,
                ["description"] = Description,
            };
            if (DeleteAfterMinutes.HasValue) json["deleteAfterMinutes"] = DeleteAfterMinutes.Value;
            var meta = new JObject();
            foreach (var pair in MetaData) meta[pair.Key] = pair.Value ?? string.Empty;
            json["metaData"] = meta;
            return json;
        }
    }
}
