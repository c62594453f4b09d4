using System;

namespace CitizenFX.Core.Native
{
    public class InputArgument
    {
        // The real constructors are internal.
        internal InputArgument() { throw null; }

        public static implicit operator InputArgument(Delegate value) { throw null; }
    }
}
