namespace SonoranFiveM.EngineTests.Support
{
    /// <summary>A theory that runs only where Node.js is on PATH (the double's JS runtime for resource/sonoran-hub.js).</summary>
    public sealed class NodeTheoryAttribute : TheoryAttribute
    {
        public const string NoNode = "Node.js is not on PATH: the hub scenarios (resource/sonoran-hub.js on the double's JS runtime) did not run. CI requires it.";

        public NodeTheoryAttribute()
        {
            if (!Tool.Exists("node")) Skip = NoNode;
        }
    }
}
