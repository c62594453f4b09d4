using System;

namespace SonoranFiveM.EngineScenarios
{
    /// <summary>Marks a public static void method taking a <see cref="ScenarioContext"/> as an end-to-end scenario.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class ScenarioAttribute : Attribute
    {
    }
}
