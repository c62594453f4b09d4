namespace SonoranFiveM.Core.Cad.V1
{
    /// <summary>
    /// A v1 request type and its category; the route is <c>/{category}/{type lower-case}</c>
    /// (reference: sonoran-cad-api.md §A.1, §A.2).
    /// </summary>
    internal sealed class V1Type
    {
        private V1Type(string category, string name)
        {
            Category = category;
            Name = name;
        }

        public static readonly V1Type UnitLocation = new V1Type("emergency", "UNIT_LOCATION");
        public static readonly V1Type UnitPanic = new V1Type("emergency", "UNIT_PANIC");
        public static readonly V1Type UnitStatus = new V1Type("emergency", "UNIT_STATUS");
        public static readonly V1Type Call911 = new V1Type("emergency", "CALL_911");
        public static readonly V1Type Remove911 = new V1Type("emergency", "REMOVE_911");
        public static readonly V1Type GetActiveUnits = new V1Type("emergency", "GET_ACTIVE_UNITS");
        public static readonly V1Type NewRecord = new V1Type("general", "NEW_RECORD");
        public static readonly V1Type RemoveRecord = new V1Type("general", "REMOVE_RECORD");
        public static readonly V1Type Heartbeat = new V1Type("general", "HEARTBEAT");
        public static readonly V1Type GetVersion = new V1Type("general", "GET_VERSION");

        public string Category { get; }

        /// <summary>The envelope's <c>type</c>, e.g. CALL_911.</summary>
        public string Name { get; }

        public string Path => "/" + Category + "/" + Name.ToLowerInvariant();

        public override string ToString() => Name;
    }
}
