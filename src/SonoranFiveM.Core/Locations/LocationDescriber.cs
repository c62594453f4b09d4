namespace SonoranFiveM.Core.Locations
{
    /// <summary>Turns a player's server-side position (and any street names their client reported) into a <see cref="LocationDescription"/>.</summary>
    public sealed class LocationDescriber
    {
        private volatile PostalIndex? _postals;

        public LocationDescriber(PostalIndex? postals = null, StreetReportGate? streets = null)
        {
            _postals = postals;
            Streets = streets;
        }

        /// <summary>The loaded postals, or null when none are configured. May be swapped at run time (e.g. after a reload).</summary>
        public PostalIndex? Postals
        {
            get => _postals;
            set => _postals = value;
        }

        public StreetReportGate? Streets { get; }

        public LocationDescription Describe(int playerId, WorldPosition? position)
        {
            string? postal = null;
            if (position is WorldPosition p && _postals is PostalIndex index && index.TryFindNearest(p.X, p.Y, out var match))
                postal = match.Code;

            StreetNames? streets = null;
            if (Streets != null && Streets.TryGetStreets(playerId, out var reported)) streets = reported;

            return new LocationDescription(LocationText.Format(postal, streets?.Street, streets?.CrossStreet, position), postal, position);
        }
    }
}
