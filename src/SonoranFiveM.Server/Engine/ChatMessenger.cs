using CitizenFX.Core;
using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Engine;

namespace SonoranFiveM.Server.Engine
{
    /// <summary>Player replies as chat messages, posted to the main thread (natives) from wherever the core decides them.</summary>
    internal sealed class ChatMessenger : ICommandMessenger
    {
        private static readonly int[] CadColour = { 80, 160, 255 };
        private readonly IMainThread _mainThread;
        private readonly PlayerList _players;

        public ChatMessenger(IMainThread mainThread, PlayerList players)
        {
            _mainThread = mainThread;
            _players = players;
        }

        public void Reply(int playerId, string message)
        {
            if (playerId <= 0)
            {
                Debug.WriteLine("[sonoran-fivem] " + message);
                return;
            }

            _mainThread.Post(() => BaseScript.TriggerClientEvent(_players[playerId], "chat:addMessage",
                new { color = CadColour, multiline = true, args = new[] { "CAD", message } }));
        }
    }
}
