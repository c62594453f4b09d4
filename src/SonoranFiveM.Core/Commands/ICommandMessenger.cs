namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// Sends a reply to one player's chat. Called from any thread; the adapter posts it to the main thread.
    /// Player id 0 is the server console.
    /// </summary>
    public interface ICommandMessenger
    {
        void Reply(int playerId, string message);
    }
}
