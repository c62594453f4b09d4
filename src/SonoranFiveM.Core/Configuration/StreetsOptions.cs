namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Street names, which only clients can compute (<c>streets.*</c>).</summary>
    public sealed class StreetsOptions
    {
        /// <summary>Whether street names reported by clients are used. Default <c>true</c>.</summary>
        public bool AcceptClientReports { get; set; } = true;

        /// <summary>Longest street text accepted from a client, in characters. Default 64.</summary>
        [Bounds(1, 256, "use a whole number of characters from 1 to 256")]
        public int MaxLength { get; set; } = 64;
    }
}
