namespace SonoranFiveM.EngineScenarios
{
    /// <summary>Marks a public static void method taking a <see cref="ScenarioContext"/> as an end-to-end scenario.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class ScenarioAttribute : Attribute
    {
        /// <summary>The scenario runs a JS server script on the double's JS runtime, so it needs Node.js on PATH.</summary>
        public bool NeedsNode { get; set; }
    }
}
