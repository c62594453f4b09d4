namespace SonoranFiveM.Core.Tests.Commands
{
    internal sealed class FakeTicket : IDeliveryTicket
    {
        private readonly TaskCompletionSource<DeliveryResult> _completion = new TaskCompletionSource<DeliveryResult>();

        public string Id { get; } = Guid.NewGuid().ToString("N");
        public Task<DeliveryResult> Completion => _completion.Task;
        public DeliveryFailure? LastFailure { get; set; }
        public Task<Durability> Saved { get; set; } = Task.FromResult(Durability.NotDurable);

        public void Complete(DeliveryState state, string? detail = null, string? cadId = null) =>
            _completion.SetResult(new DeliveryResult(state, detail, cadId));

        public static FakeTicket Completed(DeliveryState state, string? detail = null, string? cadId = null)
        {
            var ticket = new FakeTicket();
            ticket.Complete(state, detail, cadId);
            return ticket;
        }
    }

    /// <summary>Records what the router asked for; hands out the next queued ticket (or an accepted one).</summary>
    internal sealed class FakeCad : ICadActions
    {
        public List<EmergencyCall> Calls { get; } = new List<EmergencyCall>();
        public List<(string Unit, bool On)> Panics { get; } = new List<(string, bool)>();
        public List<(string Unit, int Status)> Statuses { get; } = new List<(string, int)>();
        public Queue<IDeliveryTicket> Tickets { get; } = new Queue<IDeliveryTicket>();
        public Exception? Throw { get; set; }

        public int QueuedNonEmergencyCalls { get; set; }

        public IDeliveryTicket Send911(EmergencyCall call)
        {
            Calls.Add(call);
            return Next();
        }

        public IDeliveryTicket SetPanic(string communityUserId, bool on)
        {
            Panics.Add((communityUserId, on));
            return Next();
        }

        public IDeliveryTicket SetStatus(string communityUserId, int status)
        {
            Statuses.Add((communityUserId, status));
            return Next();
        }

        public List<string> CancelledCalls { get; } = new List<string>();

        /// <summary>The answer to a cancel request; default: nothing known.</summary>
        public Func<string, CallCancellation> OnCancel { get; set; } = _ => new CallCancellation(CallCancelState.Unknown);

        public CallCancellation Cancel911(string ticketId)
        {
            CancelledCalls.Add(ticketId);
            return OnCancel(ticketId);
        }

        public List<long> RemovedCalls { get; } = new List<long>();

        public IDeliveryTicket Remove911(long callId)
        {
            RemovedCalls.Add(callId);
            return Next();
        }

        private IDeliveryTicket Next()
        {
            if (Throw != null) throw Throw;
            return Tickets.Count > 0 ? Tickets.Dequeue() : FakeTicket.Completed(DeliveryState.Accepted);
        }
    }

    internal sealed class ListMessenger : ICommandMessenger
    {
        public List<(int Player, string Message)> Sent { get; } = new List<(int, string)>();

        public void Reply(int playerId, string message)
        {
            lock (Sent) Sent.Add((playerId, message));
        }

        public string Last => Sent[Sent.Count - 1].Message;
    }

}
