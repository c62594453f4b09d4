namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>How one item ends without being accepted: its state, the detail for its ticket, and the counter it bumps.</summary>
    internal readonly struct Settlement<T>
    {
        public Settlement(LaneItem<T> item, DeliveryState state, string detail, DropReason reason)
        {
            Item = item;
            State = state;
            Detail = detail;
            Reason = reason;
        }

        public LaneItem<T> Item { get; }
        public DeliveryState State { get; }
        public string Detail { get; }
        public DropReason Reason { get; }
    }
}
