namespace SonoranFiveM.Core.Locations
{
    public enum StreetReportOutcome
    {
        /// <summary>Stored (an empty report clears what was stored).</summary>
        Accepted,
        /// <summary>Ignored: only units' clients may report streets.</summary>
        NotAUnit,
        /// <summary>Ignored: the player reported again within the minimum interval.</summary>
        TooFrequent,
        /// <summary>Ignored: the owner turned street reports off (<c>streets.acceptClientReports</c>).</summary>
        Disabled,
    }
}
