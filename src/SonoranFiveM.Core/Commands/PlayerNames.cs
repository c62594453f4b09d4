using System.Globalization;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// A player's FiveM name is chosen by the player: it goes through the same cleaner and cap as their chat text before
    /// it reaches the CAD, a mirror, a log or another player's chat.
    /// </summary>
    public static class PlayerNames
    {
        /// <summary>The longest name kept, after cleaning.</summary>
        public const int MaxLength = 64;

        /// <summary>The cleaned name, or "Player &lt;id&gt;" when nothing is left of it.</summary>
        public static string Clean(string? rawName, int playerId, int maxLength = MaxLength)
        {
            var name = ChatText.CleanAndCap(rawName, maxLength);
            return name.Length > 0 ? name : "Player " + playerId.ToString(CultureInfo.InvariantCulture);
        }
    }
}
