namespace SonoranFiveM.Core.Postals
{
    /// <summary>The answer to a nearest-postal lookup. A struct, so a lookup allocates nothing.</summary>
    public readonly struct PostalMatch
    {
        public PostalMatch(Postal postal, double distance)
        {
            Postal = postal;
            Distance = distance;
        }

        public Postal Postal { get; }

        public string Code => Postal.Code;

        /// <summary>Straight-line 2D distance from the query point to the postal's point, in game units (metres).</summary>
        public double Distance { get; }
    }
}
