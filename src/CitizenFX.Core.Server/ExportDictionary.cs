using System;

namespace CitizenFX.Core
{
    public class ExportDictionary
    {
        // The constructor is excluded from the real reference assembly.
        internal ExportDictionary() { throw null; }

        public void Add(string name, Delegate method) { throw null; }
    }
}
