using System;

namespace CitizenFX.Core
{
    public class EventHandlerEntry
    {
        public EventHandlerEntry(string eventName) { throw null; }

        public static EventHandlerEntry operator +(EventHandlerEntry entry, Delegate deleg) { throw null; }

        public static EventHandlerEntry operator -(EventHandlerEntry entry, Delegate deleg) { throw null; }
    }
}
