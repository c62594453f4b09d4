using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CitizenFX.Core;

namespace FxServerDouble
{
    /// <summary>A connected player: identifiers, a ped, an optional vehicle, ACE grants, a route and the chat they saw.</summary>
    public sealed class SimPlayer
    {
        private readonly Dictionary<string, string> _identifiers;
        private readonly List<string> _chat = new List<string>();
        private readonly List<KeyValuePair<string, object[]>> _clientEvents = new List<KeyValuePair<string, object[]>>();
        private IReadOnlyList<Vector3> _route = Array.Empty<Vector3>();
        private int _leg;
        private float _speed;

        internal SimPlayer(int id, string name, IDictionary<string, string> identifiers, SimEntity ped)
        {
            Id = id;
            Name = name;
            _identifiers = new Dictionary<string, string>(identifiers, StringComparer.OrdinalIgnoreCase);
            Ped = ped;
        }

        public int Id { get; }

        public string Handle => Id.ToString(CultureInfo.InvariantCulture);

        public string Name { get; }

        public SimEntity Ped { get; }

        public SimEntity Vehicle { get; internal set; }

        public SimEntity LastVehicle { get; internal set; }

        internal HashSet<string> Aces { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>"license:abc…" etc., as GetPlayerIdentifierByType returns it, or null.</summary>
        public string Identifier(string type) => type != null && _identifiers.TryGetValue(type, out var value) ? type + ":" + value : null;

        /// <summary>The chat lines this player saw from the resource (the message text, without the "CAD" author).</summary>
        public IReadOnlyList<string> Chat
        {
            get { lock (_chat) return _chat.ToList(); }
        }

        /// <summary>Client events this player received, arguments as they cross the wire.</summary>
        public IReadOnlyList<KeyValuePair<string, object[]>> ClientEvents
        {
            get { lock (_clientEvents) return _clientEvents.ToList(); }
        }

        internal void Receive(string eventName, object[] args)
        {
            lock (_clientEvents) _clientEvents.Add(new KeyValuePair<string, object[]>(eventName, args));
            if (eventName != "chat:addMessage" || args.Length == 0) return;
            if (args[0] is IDictionary<string, object> message && message.TryGetValue("args", out var lines) && lines is IList<object> parts && parts.Count > 1)
            {
                lock (_chat) _chat.Add(Convert.ToString(parts[1], CultureInfo.InvariantCulture));
            }
        }

        internal void Drive(IReadOnlyList<Vector3> route, float metersPerSecond)
        {
            _route = route;
            _leg = 0;
            _speed = metersPerSecond;
            if (route.Count > 0) Place(route[0], Ped.Heading);
        }

        internal void Advance(double seconds)
        {
            var remaining = _speed * seconds;
            while (remaining > 0 && _leg + 1 < _route.Count)
            {
                var from = Ped.Position;
                var to = _route[_leg + 1];
                var dx = to.X - from.X;
                var dy = to.Y - from.Y;
                var dz = to.Z - from.Z;
                var length = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                var heading = (float)((Math.Atan2(-dx, dy) * 180 / Math.PI + 360) % 360);
                if (length <= remaining)
                {
                    Place(to, length > 0 ? heading : Ped.Heading);
                    remaining -= length;
                    _leg++;
                    continue;
                }

                var f = (float)(remaining / length);
                Place(new Vector3(from.X + dx * f, from.Y + dy * f, from.Z + dz * f), heading);
                remaining = 0;
            }
        }

        private void Place(Vector3 position, float heading)
        {
            Ped.Position = position;
            Ped.Heading = heading;
            if (Vehicle == null) return;
            Vehicle.Position = position;
            Vehicle.Heading = heading;
        }
    }
}
