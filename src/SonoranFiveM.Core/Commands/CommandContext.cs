using System;
using SonoranFiveM.Core.Locations;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// The facts about the player who typed a command, filled by the adapter on the main thread.
    /// <see cref="IsAceAllowed"/> may call a native: the router calls it only synchronously, before it first awaits.
    /// </summary>
    public sealed class CommandContext
    {
        public CommandContext(int playerId, string playerName, string? communityUserId, bool isUnit, WorldPosition? position, Func<string, bool> isAceAllowed)
        {
            PlayerId = playerId;
            PlayerName = playerName ?? string.Empty;
            CommunityUserId = communityUserId;
            IsUnit = isUnit;
            Position = position;
            IsAceAllowed = isAceAllowed ?? throw new ArgumentNullException(nameof(isAceAllowed));
        }

        /// <summary>Server id of the player; 0 is the server console.</summary>
        public int PlayerId { get; }

        public string PlayerName { get; }

        /// <summary>The player's primary identifier without its prefix, or null when they have none.</summary>
        public string? CommunityUserId { get; }

        /// <summary>Whether the player is a unit (signed in to the CAD, or granted by ACE/framework job).</summary>
        public bool IsUnit { get; }

        /// <summary>The ped's position read by the server; null when the player has no ped.</summary>
        public WorldPosition? Position { get; }

        /// <summary>IsPlayerAceAllowed(player, node).</summary>
        public Func<string, bool> IsAceAllowed { get; }
    }
}
