namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// Handed back when work is queued. Lets a caller (a chat command, an export) tell the player the truth:
    /// "accepted" only once <see cref="Completion"/> says so; "queued, the CAD is unreachable" while
    /// <see cref="LastFailure"/> is a transient failure.
    /// </summary>
    public interface IDeliveryTicket
    {
        /// <summary>Client-generated id (also the outbox id for durable work).</summary>
        string Id { get; }

        /// <summary>Completes once with Accepted, Rejected or Dropped; never faults.</summary>
        Task<DeliveryResult> Completion { get; }

        /// <summary>
        /// Completes once durable work is written to the outbox (<see cref="Durability.Saved"/>) or the disk refused it
        /// (<see cref="Durability.NotSaved"/>); at once with <see cref="Durability.NotDurable"/> for other work. Only say
        /// "queued" after it says Saved.
        /// </summary>
        Task<Durability> Saved { get; }

        /// <summary>The most recent failed attempt, or null if none failed yet.</summary>
        DeliveryFailure? LastFailure { get; }
    }
}
