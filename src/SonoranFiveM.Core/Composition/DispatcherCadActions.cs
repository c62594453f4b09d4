using System.Threading.Tasks;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Composition
{
    /// <summary>
    /// The CAD actions of chat commands and exports, queued on the dispatcher; raises the local events once the CAD
    /// accepted each change.
    /// </summary>
    public sealed class DispatcherCadActions : ICadActions
    {
        private readonly Dispatcher _dispatcher;
        private readonly IIntegrationEvents _events;
        private readonly System.Action<EmergencyCall>? _callQueued;

        /// <param name="callQueued">Runs for each call once it is queued (e.g. to log it as a record).</param>
        public DispatcherCadActions(Dispatcher dispatcher, IIntegrationEvents events, System.Action<EmergencyCall>? callQueued = null)
        {
            _dispatcher = dispatcher;
            _events = events;
            _callQueued = callQueued;
        }

        public IDeliveryTicket Send911(EmergencyCall call)
        {
            var ticket = _dispatcher.Enqueue911Call(call);
            _callQueued?.Invoke(call);
            OnAccepted(ticket, result => _events.CallAccepted(ticket.Id, result.CadId ?? string.Empty, call.IsEmergency, call.Caller, call.Location, call.Description));
            return ticket;
        }

        public int QueuedNonEmergencyCalls => _dispatcher.QueuedNonEmergencyCalls;

        public IDeliveryTicket SetPanic(string communityUserId, bool on)
        {
            var ticket = _dispatcher.SetPanic(communityUserId, on);
            OnAccepted(ticket, _ => _events.PanicChanged(communityUserId, on));
            return ticket;
        }

        public IDeliveryTicket SetStatus(string communityUserId, int status)
        {
            var ticket = _dispatcher.SetStatus(communityUserId, status);
            OnAccepted(ticket, _ => _events.StatusChanged(communityUserId, status));
            return ticket;
        }

        private static void OnAccepted(IDeliveryTicket ticket, System.Action<DeliveryResult> raise)
        {
            ticket.Completion.ContinueWith(t =>
            {
                if (t.Result.State == DeliveryState.Accepted) raise(t.Result);
            }, TaskContinuationOptions.OnlyOnRanToCompletion);
        }
    }
}
