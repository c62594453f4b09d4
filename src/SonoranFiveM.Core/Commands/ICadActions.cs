using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>What the commands ask of the CAD. Implemented over the dispatcher: each call queues work and returns at once.</summary>
    public interface ICadActions
    {
        IDeliveryTicket Send911(EmergencyCall call);

        /// <summary>Non-emergency calls queued and not yet taken for sending.</summary>
        int QueuedNonEmergencyCalls { get; }

        IDeliveryTicket SetPanic(string communityUserId, bool on);

        IDeliveryTicket SetStatus(string communityUserId, int status);

        /// <summary>
        /// Cancels a call made through <see cref="Send911"/> by its ticket id: withdrawn from the queue and outbox while
        /// still queued, otherwise removed from the CAD by the call id it gave.
        /// </summary>
        CallCancellation Cancel911(string ticketId);

        /// <summary>Removes a call from the CAD by the CAD's call id.</summary>
        IDeliveryTicket Remove911(long callId);
    }
}
