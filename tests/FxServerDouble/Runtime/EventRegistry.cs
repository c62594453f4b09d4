using System;
using System.Collections.Generic;
using System.Linq;
using CitizenFX.Core;

namespace FxServerDouble
{
    /// <summary>The resource's event handlers by (case-insensitive) name.</summary>
    internal sealed class EventRegistry
    {
        private readonly Dictionary<string, List<EventHandlerEntry>> _entries = new Dictionary<string, List<EventHandlerEntry>>(StringComparer.OrdinalIgnoreCase);

        public void Register(string name, EventHandlerEntry entry)
        {
            lock (_entries)
            {
                if (!_entries.TryGetValue(name, out var list)) _entries[name] = list = new List<EventHandlerEntry>();
                list.Add(entry);
            }
        }

        public IReadOnlyList<EventHandlerEntry> For(string name)
        {
            lock (_entries) return _entries.TryGetValue(name, out var list) ? list.ToList() : new List<EventHandlerEntry>();
        }

        public void Clear()
        {
            lock (_entries) _entries.Clear();
        }
    }
}
