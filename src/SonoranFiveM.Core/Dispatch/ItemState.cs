namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>Where one queued item stands. It only moves forward, except Sending → Queued when a request is retried.</summary>
    internal enum ItemState
    {
        /// <summary>Durable work handed to the outbox writer: held back from sending until the writer answers.</summary>
        Saving,

        /// <summary>Waiting in its lane (saved, refused by the disk, or not durable).</summary>
        Queued,

        /// <summary>Taken for a request.</summary>
        Sending,

        /// <summary>Accepted, rejected or dropped; its ticket is complete.</summary>
        Settled,
    }
}
