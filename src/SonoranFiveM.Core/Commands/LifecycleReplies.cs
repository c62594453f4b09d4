namespace SonoranFiveM.Core.Commands
{
    /// <summary>What players and other resources are told while the integration is starting, reloading or not running.</summary>
    public static class LifecycleReplies
    {
        public const string Starting = "The CAD link is starting; please try again in a few seconds.";

        public const string NotRunning = "The CAD link is not running right now; please tell the server staff.";

        public const string ExportStarting = "error: sonoran-fivem is starting; try again in a few seconds";

        public const string ExportNotRunning = "error: sonoran-fivem is not running (see its configuration errors)";
    }
}
