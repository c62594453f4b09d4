namespace SonoranFiveM.Core.Linking
{
    /// <summary>
    /// One create or check of an account link, as a lane carries it. The lane's sender writes the CAD's answer here before
    /// the item's ticket completes, so whoever continues from the ticket reads it.
    /// </summary>
    internal sealed class LinkWork(string communityUserId)
    {
        public string CommunityUserId { get; } = communityUserId;

        /// <summary>Create: the code the CAD made, once it accepted.</summary>
        public LinkCode? Code { get; set; }

        /// <summary>Check: the CAD said the id is linked.</summary>
        public bool Linked { get; set; }

        /// <summary>
        /// Runs when the CAD accepted this work, inside the lane's settling (before its pump returns), so the next check
        /// is queued without a gap a fast clock could slip through.
        /// </summary>
        public Action? Accepted { get; set; }
    }
}
