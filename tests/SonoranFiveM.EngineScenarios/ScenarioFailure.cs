namespace SonoranFiveM.EngineScenarios
{
    public sealed class ScenarioFailure : Exception
    {
        public ScenarioFailure(string message) : base(message)
        {
        }
    }
}
