namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>The dispatcher's <see cref="IDeliveryTicket"/>: completes exactly once, never faults, continuations run asynchronously.</summary>
    internal sealed class DeliveryTicket : IDeliveryTicket
    {
        private readonly TaskCompletionSource<DeliveryResult> _completion =
            new TaskCompletionSource<DeliveryResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<Durability> _saved =
            new TaskCompletionSource<Durability>(TaskCreationOptions.RunContinuationsAsynchronously);
        private DeliveryFailure? _lastFailure;

        public DeliveryTicket(string id)
        {
            Id = id;
        }

        public string Id { get; }

        public Task<DeliveryResult> Completion => _completion.Task;

        public Task<Durability> Saved => _saved.Task;

        public DeliveryFailure? LastFailure => Volatile.Read(ref _lastFailure);

        public void SetDurability(Durability durability) => _saved.TrySetResult(durability);

        public bool IsCompleted => _completion.Task.IsCompleted;

        public void RecordFailure(DeliveryFailure failure) => Volatile.Write(ref _lastFailure, failure);

        public bool Complete(DeliveryState state, string? detail = null, string? cadId = null)
            => _completion.TrySetResult(new DeliveryResult(state, detail, cadId));

        public static DeliveryTicket Completed(string id, DeliveryState state, string detail)
        {
            var ticket = new DeliveryTicket(id);
            ticket.SetDurability(Durability.NotDurable);
            ticket.Complete(state, detail);
            return ticket;
        }
    }
}
