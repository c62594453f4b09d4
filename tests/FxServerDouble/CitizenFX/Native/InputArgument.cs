using System;

namespace CitizenFX.Core.Native
{
    public class InputArgument
    {
        internal InputArgument(object value)
        {
            Value = value;
        }

        internal object Value { get; }

        public static implicit operator InputArgument(Delegate value) => new InputArgument(value);
    }
}
