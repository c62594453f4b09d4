using System.Collections;
using System.Collections.Generic;

namespace CitizenFX.Core
{
    public class IdentifierCollection : IEnumerable<string>
    {
        internal IdentifierCollection() { throw null; }

        public string this[string type] { get { throw null; } }

        public IEnumerator<string> GetEnumerator() { throw null; }

        IEnumerator IEnumerable.GetEnumerator() { throw null; }
    }
}
