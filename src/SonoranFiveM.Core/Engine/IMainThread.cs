namespace SonoranFiveM.Core.Engine
{
    /// <summary>
    /// Runs work on the game's main thread. The core never calls the engine itself: anything that must touch a native
    /// (replies to players, events to other resources, native HTTP) is posted here and run by the adapter's tick.
    /// </summary>
    public interface IMainThread
    {
        void Post(Action action);
    }
}
