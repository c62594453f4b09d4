using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using FxServerDouble;

namespace CitizenFX.Core
{
    public class PlayerList : IEnumerable<Player>
    {
        private readonly FxServer _server;

        internal PlayerList(FxServer server)
        {
            _server = server;
        }

        /// <summary>No existence check, as in FXServer.</summary>
        public Player this[int netId] => new Player(netId.ToString(CultureInfo.InvariantCulture));

        /// <summary>GetNumPlayerIndices / GetPlayerFromIndex: natives.</summary>
        public IEnumerator<Player> GetEnumerator()
        {
            _server.Native("GetNumPlayerIndices");
            foreach (var handle in _server.World.PlayerHandles()) yield return new Player(handle);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
