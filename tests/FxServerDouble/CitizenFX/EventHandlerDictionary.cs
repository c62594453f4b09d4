using System;
using System.Collections.Generic;
using FxServerDouble;

namespace CitizenFX.Core
{
    public class EventHandlerDictionary : Dictionary<string, EventHandlerEntry>
    {
        private readonly FxServer _server;

        internal EventHandlerDictionary(FxServer server)
        {
            _server = server;
        }

        /// <summary>Case-insensitive; the getter registers the resource for the event (a native), the setter does nothing.</summary>
        public new EventHandlerEntry this[string key]
        {
            get
            {
                _server.Native("RegisterResourceAsEventHandler");
                var name = key.ToLowerInvariant();
                if (!TryGetValue(name, out var entry))
                {
                    entry = new EventHandlerEntry(key);
                    base.Add(name, entry);
                    _server.Events.Register(key, entry);
                }

                return entry;
            }
            set { }
        }

        public void Add(string key, Delegate value)
        {
            var entry = this[key];
            entry = entry + value;
        }
    }
}
