namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>How a lane orders and merges its work.</summary>
    public enum QueuePolicy
    {
        /// <summary>
        /// First in, first out; every item is delivered (911 calls, 911 removals, record creates and deletes). Deferrable
        /// items (non-emergency calls) keep their own FIFO order behind all others: an emergency call goes before them.
        /// </summary>
        Fifo,
        /// <summary>One pending item per key; a newer item replaces the queued one in place (panic, status, heartbeat).</summary>
        LatestWins,
    }
}
