using System;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>The range an option's number must fall in, and the fix its error message gives; checked at load.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class BoundsAttribute : Attribute
    {
        public BoundsAttribute(double min, double max, string fix)
        {
            Min = min;
            Max = max;
            Fix = fix;
        }

        public BoundsAttribute(double min, string fix)
            : this(min, double.MaxValue, fix)
        {
        }

        public double Min { get; }

        public double Max { get; }

        public string Fix { get; }

        /// <summary>False for NaN and infinities, which no option can hold.</summary>
        public bool Contains(double value) => value >= Min && value <= Max;
    }
}
