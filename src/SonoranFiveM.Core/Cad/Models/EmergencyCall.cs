using System.Collections.Generic;

namespace SonoranFiveM.Core.Cad.Models
{
    /// <summary>A 911 (emergency) or 311 (non-emergency) call.</summary>
    public sealed class EmergencyCall
    {
        public EmergencyCall(bool isEmergency, string caller, string location, string description,
            int? deleteAfterMinutes, IReadOnlyDictionary<string, string> metaData)
        {
            IsEmergency = isEmergency;
            Caller = caller;
            Location = location;
            Description = description;
            DeleteAfterMinutes = deleteAfterMinutes;
            MetaData = metaData;
        }

        public bool IsEmergency { get; }
        public string Caller { get; }
        public string Location { get; }
        public string Description { get; }
        public int? DeleteAfterMinutes { get; }

        /// <summary>String values only (v2 requires it): x, y, z, postal, and the outbox id for de-duplication.</summary>
        public IReadOnlyDictionary<string, string> MetaData { get; }
    }
}
