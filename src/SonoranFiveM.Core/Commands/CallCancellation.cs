using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>What became of a request to cancel a 911/311 call.</summary>
    public enum CallCancelState
    {
        /// <summary>No such call is known (never made here, too old, or already cancelled).</summary>
        Unknown,

        /// <summary>It was still queued: taken out of the queue and the outbox, never sent.</summary>
        Withdrawn,

        /// <summary>It is being sent right now; ask again once the CAD has answered.</summary>
        Sending,

        /// <summary>The CAD never took it (refused or dropped), so there is nothing to cancel.</summary>
        NotDelivered,

        /// <summary>The CAD took it but gave no call id, so it cannot be removed from here.</summary>
        NoCadId,

        /// <summary>The CAD has it: its removal is queued (<see cref="CallCancellation.Removal"/>).</summary>
        Removing,
    }

    /// <summary>The answer to a cancel request; <see cref="Removal"/> is set when the CAD must remove the call.</summary>
    public sealed class CallCancellation
    {
        public CallCancellation(CallCancelState state, IDeliveryTicket? removal = null, long cadCallId = 0)
        {
            State = state;
            Removal = removal;
            CadCallId = cadCallId;
        }

        public CallCancelState State { get; }
        public IDeliveryTicket? Removal { get; }

        /// <summary>The CAD's call id, when known.</summary>
        public long CadCallId { get; }
    }
}
