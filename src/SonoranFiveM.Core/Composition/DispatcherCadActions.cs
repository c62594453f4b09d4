using SonoranFiveM.Core.Commands;

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

        // The most recent calls by ticket id, so a call can be cancelled after it was sent. Bounded: the oldest is forgotten.
        private const int RememberedCalls = 1000;
        private readonly object _callsGate = new object();
        private readonly System.Collections.Generic.Dictionary<string, IDeliveryTicket> _calls = new System.Collections.Generic.Dictionary<string, IDeliveryTicket>(System.StringComparer.Ordinal);
        private readonly System.Collections.Generic.Queue<string> _callOrder = new System.Collections.Generic.Queue<string>();

        public DispatcherCadActions(Dispatcher dispatcher, IIntegrationEvents events)
        {
            _dispatcher = dispatcher;
            _events = events;
        }

        public IDeliveryTicket Send911(EmergencyCall call)
        {
            var ticket = _dispatcher.Enqueue911Call(call);
            Remember(ticket);
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

        public CallCancellation Cancel911(string ticketId)
        {
            IDeliveryTicket? call;
            lock (_callsGate)
            {
                if (string.IsNullOrEmpty(ticketId) || !_calls.TryGetValue(ticketId, out call)) return new CallCancellation(CallCancelState.Unknown);
            }

            if (_dispatcher.Cancel(ticketId, "cancelled by the caller"))
            {
                Forget(ticketId);
                return new CallCancellation(CallCancelState.Withdrawn);
            }

            var completion = call.Completion;
            if (!completion.IsCompleted) return new CallCancellation(CallCancelState.Sending);
            if (!completion.TryGetResult(out var result) || result.State != DeliveryState.Accepted)
            {
                Forget(ticketId);
                return new CallCancellation(CallCancelState.NotDelivered);
            }

            if (!long.TryParse(result.CadId, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var callId) || callId <= 0)
                return new CallCancellation(CallCancelState.NoCadId);
            Forget(ticketId);
            return new CallCancellation(CallCancelState.Removing, Remove911(callId), callId);
        }

        public IDeliveryTicket Remove911(long callId) => _dispatcher.Remove911Call(callId);

        private void Remember(IDeliveryTicket ticket)
        {
            lock (_callsGate)
            {
                _calls[ticket.Id] = ticket;
                _callOrder.Enqueue(ticket.Id);
                while (_callOrder.Count > RememberedCalls) _calls.Remove(_callOrder.Dequeue());
            }
        }

        private void Forget(string ticketId)
        {
            lock (_callsGate) _calls.Remove(ticketId);
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
