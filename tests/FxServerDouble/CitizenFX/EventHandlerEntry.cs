using System;
using System.Collections.Generic;

namespace CitizenFX.Core
{
    public class EventHandlerEntry
    {
        public EventHandlerEntry(string eventName)
        {
            EventName = eventName;
        }

        internal string EventName { get; }

        internal List<Delegate> Callbacks { get; } = new List<Delegate>();

        public static EventHandlerEntry operator +(EventHandlerEntry entry, Delegate deleg)
        {
            lock (entry.Callbacks) entry.Callbacks.Add(deleg);
            return entry;
        }

        public static EventHandlerEntry operator -(EventHandlerEntry entry, Delegate deleg)
        {
            lock (entry.Callbacks) entry.Callbacks.Remove(deleg);
            return entry;
        }
    }
}
