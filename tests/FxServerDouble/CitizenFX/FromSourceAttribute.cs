using System;

namespace CitizenFX.Core
{
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false, AllowMultiple = false)]
    public sealed class FromSourceAttribute : Attribute
    {
    }
}
