using System;
using System.Collections.Generic;

namespace CitizenFX.Core
{
    public class EventHandlerDictionary : Dictionary<string, EventHandlerEntry>
    {
        // The real type has an implicit public constructor; the adapter never calls it, so the facade hides it.
        internal EventHandlerDictionary() { throw null; }

        public new EventHandlerEntry this[string key] { get { throw null; } set { throw null; } }

        public void Add(string key, Delegate value) { throw null; }
    }
}
