namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>Every lane by name, CAD and mirror lanes alike, in the order they were added. Filled before start, read after.</summary>
    internal sealed class LaneRegistry
    {
        private readonly Dictionary<string, Lane> _byName = new Dictionary<string, Lane>(StringComparer.Ordinal);
        private readonly List<Lane> _ordered = new List<Lane>();

        public IReadOnlyList<Lane> All => _ordered;

        public IEnumerable<IQueueLane> Queues => _ordered.OfType<IQueueLane>();

        public void Add(Lane lane)
        {
            if (_byName.ContainsKey(lane.Name)) throw new ArgumentException("A lane named '" + lane.Name + "' already exists.", nameof(lane));
            _byName[lane.Name] = lane;
            _ordered.Add(lane);
        }

        public Lane? Find(string name) => _byName.TryGetValue(name ?? string.Empty, out var lane) ? lane : null;

        public Lane this[string name] => Find(name) ?? throw new ArgumentException("No lane named '" + name + "'.", nameof(name));

        public Lane this[CadEndpoint endpoint] => this[endpoint.ToString()];

        public QueueLane<T> Queue<T>(string name)
            => this[name] as QueueLane<T> ?? throw new ArgumentException("Lane '" + name + "' does not take " + typeof(T).Name + " work.", nameof(name));
    }
}
