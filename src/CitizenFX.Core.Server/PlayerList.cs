using System.Collections;
using System.Collections.Generic;

namespace CitizenFX.Core
{
    public class PlayerList : IEnumerable<Player>
    {
        // The constructor is excluded from the real reference assembly.
        internal PlayerList() { throw null; }

        public Player this[int netId] { get { throw null; } }

        public IEnumerator<Player> GetEnumerator() { throw null; }

        IEnumerator IEnumerable.GetEnumerator() { throw null; }
    }
}
