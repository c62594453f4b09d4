namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>Whether queued work is saved to the outbox (survives a restart).</summary>
    public enum Durability
    {
        /// <summary>Work that is never journaled (panic, status, heartbeat), or there is no outbox.</summary>
        NotDurable,
        /// <summary>On disk: it is sent after a crash or restart.</summary>
        Saved,
        /// <summary>The disk refused it: it is being sent, but lost if the server stops first.</summary>
        NotSaved,
    }
}
