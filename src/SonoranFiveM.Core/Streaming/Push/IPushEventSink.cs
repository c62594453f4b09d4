namespace SonoranFiveM.Core.Streaming.Push
{
    /// <summary>
    /// Raises a local server event for other resources (<see cref="PushEventNames"/>). Called off the main thread: the
    /// adapter posts it to the main thread before TriggerEvent.
    /// </summary>
    public interface IPushEventSink
    {
        void Raise(string eventName, params object[] args);
    }
}
