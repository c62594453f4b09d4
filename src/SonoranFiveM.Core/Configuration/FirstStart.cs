using System.Collections.Generic;
using System.Linq;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// A freshly installed resource has no API key. Instead of a stack of "not set" errors, the owner gets one message
    /// with the server.cfg lines to add and the check to run afterwards.
    /// </summary>
    public static class FirstStart
    {
        /// <summary>The server console command that tells the owner, after a restart, whether the key, plan and server id work.</summary>
        public const string DoctorCommand = "sonoran doctor";

        public const string DefaultResourceName = "sonoran-fivem";

        /// <summary>The "not set" errors the message covers: the owner sets these from the message itself.</summary>
        private static readonly string[] CoveredKeys = { "apiKey", "communityId" };

        /// <summary>True when the API key is set nowhere (neither convar nor config.json): the resource is not set up yet.</summary>
        public static bool Applies(OptionsLoadResult result) => result.Errors.Any(e => e.NotSet && e.Key == "apiKey");

        /// <summary>The errors the message does not cover, e.g. a wrong value elsewhere in config.json.</summary>
        public static IReadOnlyList<OptionsError> OtherErrors(OptionsLoadResult result) =>
            result.Errors.Where(e => !(e.NotSet && CoveredKeys.Contains(e.Key))).ToList();

        public static string Message(string resourceName) =>
            resourceName + " is installed but not set up yet: no Sonoran CAD API key is set, so it did not start and nothing was sent to the CAD.\n"
            + "  Add these lines to server.cfg above `ensure " + resourceName + "` (the community id and API key are in the Sonoran CAD admin panel):\n"
            + "    set " + ConvarNames.For("communityId") + " \"your-community-id\"\n"
            + "    set " + ProtectedConvar.ApiKeyConvar + " \"your-api-key\"\n"
            + "    set " + ConvarNames.For("serverId") + " 1\n"
            + "  Then restart the server and run `" + DoctorCommand + "` in the server console: it checks the key, the plan, the server id and the rest of the setup.";
    }
}
