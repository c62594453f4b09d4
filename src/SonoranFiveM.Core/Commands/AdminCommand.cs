using System;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// The <c>sonoran</c> admin command (status, reload, flush, doctor). FXServer registers it unrestricted; this check is the
    /// one gate: the server console may always run it, a player only with the ACE <c>commands.adminAce</c>.
    /// </summary>
    public static class AdminCommand
    {
        public const string Name = "sonoran";

        /// <summary>The ACE used until a configuration has been read (the default of <c>commands.adminAce</c>).</summary>
        public const string DefaultAce = "sonoran.admin";

        /// <param name="source">0 for the server console, else the player's server id.</param>
        /// <param name="adminAce">The configured <c>commands.adminAce</c>; empty or blank falls back to <see cref="DefaultAce"/>.</param>
        /// <param name="isAceAllowed">IsPlayerAceAllowed for this player (called only for players).</param>
        public static bool IsAllowed(int source, string? adminAce, Func<string, bool> isAceAllowed)
        {
            if (isAceAllowed == null) throw new ArgumentNullException(nameof(isAceAllowed));
            if (source == 0) return true;
            if (source < 0) return false;
            return isAceAllowed(string.IsNullOrWhiteSpace(adminAce) ? DefaultAce : adminAce!.Trim());
        }

        public static string NoPermission => "You do not have permission to use " + Name + ".";
    }
}
