namespace SonoranFiveM.Core.Commands
{
    public enum CommandKind
    {
        /// <summary>/911 &lt;description&gt;: an emergency call.</summary>
        Emergency,
        /// <summary>/311 &lt;description&gt;: a non-emergency call.</summary>
        NonEmergency,
        /// <summary>/panic: toggles the unit's panic state.</summary>
        Panic,
        /// <summary>/status &lt;code or name&gt;: sets the unit's status.</summary>
        Status,
    }
}
