namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// The automatic emergency call sent when a unit presses panic with the panic command (<c>calls.panicCall</c>), as
    /// the official resource's <c>addPanicCall</c> does.
    /// </summary>
    public sealed class PanicCallOptions
    {
        /// <summary>Whether pressing panic also sends an emergency call. Default <c>false</c>.</summary>
        public bool Enabled { get; set; }

        /// <summary>
        /// The call's description, a template: <c>{playerName}</c>, <c>{caller}</c>, <c>{location}</c>, <c>{postal}</c>
        /// and <c>{time}</c> are filled in. Default <c>"Unit {playerName} has pressed their panic button!"</c>.
        /// </summary>
        public string Description { get; set; } = "Unit {playerName} has pressed their panic button!";

        /// <summary>The call's priority in the CAD (metaData <c>priority</c>): 1, 2 or 3. Default 1.</summary>
        [Bounds(1, 3, "use 1, 2 or 3 (the CAD's call priorities), or null to leave it to dispatch")]
        public int? Priority { get; set; } = 1;

        /// <summary>The call code the CAD fills in (metaData <c>code</c>). Default empty: not sent.</summary>
        public string Code { get; set; } = "";

        /// <summary>Seconds before the same unit's panic sends another call (pressing panic again within it sends none). Default 60.</summary>
        [Bounds(0, 3600, "use a whole number of seconds from 0 to 3600 (0: every press sends a call)")]
        public int CooldownSeconds { get; set; } = 60;
    }
}
