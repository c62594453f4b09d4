namespace SonoranFiveM.Core.Streaming.Push
{
    /// <summary>
    /// The local server events raised from the CAD's push events (documented in the README with their arguments).
    /// <c>playerId</c> is the server id of the player who is that unit, or -1 when none is online.
    /// </summary>
    public static class PushEventNames
    {
        /// <summary>(callId, title, postal, description): a dispatch call created in the CAD.</summary>
        public const string CallCreated = "sonoran-fivem:callCreated";

        /// <summary>(callId): a dispatch call closed in the CAD.</summary>
        public const string CallClosed = "sonoran-fivem:callClosed";

        /// <summary>(callId, description, postal): a 911 call created in the CAD.</summary>
        public const string EmergencyCallCreated = "sonoran-fivem:emergencyCallCreated";

        /// <summary>(callId): a 911 call removed in the CAD.</summary>
        public const string EmergencyCallRemoved = "sonoran-fivem:emergencyCallRemoved";

        /// <summary>(callId, communityUserId, playerId, title, postal, description): a unit attached to a dispatch call.</summary>
        public const string UnitAttached = "sonoran-fivem:unitAttached";

        /// <summary>(callId, communityUserId, playerId): a unit detached from a dispatch call.</summary>
        public const string UnitDetached = "sonoran-fivem:unitDetached";

        /// <summary>(communityUserId, playerId, isOnline): a unit logged in to (true) or out of (false) the CAD.</summary>
        public const string UnitOnDuty = "sonoran-fivem:unitOnDuty";

        /// <summary>(communityUserId, playerId): the CAD verified the link of this community user id (account linking).</summary>
        public const string LinkVerified = "sonoran-fivem:linkVerified";
    }
}
