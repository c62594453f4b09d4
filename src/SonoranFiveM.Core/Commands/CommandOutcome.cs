namespace SonoranFiveM.Core.Commands
{
    /// <summary>What became of a command, as first told to the player.</summary>
    public enum CommandOutcome
    {
        /// <summary>Not one of the enabled commands: nothing was said.</summary>
        UnknownCommand,
        /// <summary>Typed in the server console: the commands need a player.</summary>
        NotAPlayer,
        NoPermission,
        NotAUnit,
        /// <summary>Missing or unrecognised arguments: the usage line was shown.</summary>
        Usage,
        TooLong,
        Cooldown,
        /// <summary>A non-emergency call while too many wait to be sent: the player was told the line is busy.</summary>
        Busy,
        /// <summary>Dropped unread: the player had too many refused commands in the current window.</summary>
        Ignored,
        /// <summary>The CAD accepted it within the reply wait.</summary>
        Accepted,
        /// <summary>The CAD refused it.</summary>
        Rejected,
        /// <summary>It was dropped unsent (stale, replaced, overflow).</summary>
        Dropped,
        /// <summary>Still queued after the reply wait, the last attempt having failed (unreachable, or a configuration error that paused the lane).</summary>
        QueuedUnreachable,
        /// <summary>Still queued after the reply wait, waiting for rate budget.</summary>
        QueuedPaced,
        /// <summary>The work could not even be queued (a bug or a stopped integration): logged.</summary>
        Failed,
        /// <summary>"/911 cancel": the call was withdrawn before it was sent.</summary>
        Cancelled,
        /// <summary>"/911 cancel" with no call of the player's to cancel.</summary>
        NothingToCancel,
        /// <summary>The command cannot work with this server's CAD setup (/link on API v1): the player was told.</summary>
        NotSupported,
        /// <summary>The player has no identifier the CAD can use (/link).</summary>
        NoIdentity,
        /// <summary>/link while the player's code is still valid or on its way: told again, nothing sent.</summary>
        Pending,
    }
}
