namespace SonoranFiveM.Core.Locations
{
    /// <summary>
    /// The location line the CAD shows: <c>[101] Alta St / Vespucci Blvd</c> with two street names,
    /// <c>[101] Alta St</c> with one, <c>Postal 101</c> with no street names, else the rounded coordinates.
    /// </summary>
    public static class LocationText
    {
        public const string Unknown = "Unknown location";

        public static string Format(string? postal, string? street, string? crossStreet, WorldPosition? position)
        {
            var hasPostal = !string.IsNullOrEmpty(postal);
            if (string.IsNullOrEmpty(street))
            {
                street = crossStreet;
                crossStreet = null;
            }

            if (!string.IsNullOrEmpty(street))
            {
                var prefix = hasPostal ? "[" + postal + "] " : string.Empty;
                return string.IsNullOrEmpty(crossStreet) || crossStreet == street
                    ? prefix + street
                    : prefix + street + " / " + crossStreet;
            }

            if (hasPostal) return "Postal " + postal;

            if (position is WorldPosition p)
                return "Near " + p.X.ToString("0", CultureInfo.InvariantCulture) + ", " + p.Y.ToString("0", CultureInfo.InvariantCulture);

            return Unknown;
        }
    }
}
