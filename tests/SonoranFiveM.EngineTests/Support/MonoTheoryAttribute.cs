namespace SonoranFiveM.EngineTests.Support
{
    /// <summary>A theory that runs only where Debian's mono (mono + mcs) is installed and the Release payload is built.</summary>
    public sealed class MonoTheoryAttribute : TheoryAttribute
    {
        public MonoTheoryAttribute()
        {
            if (!Tool.Exists("mono") || !Tool.Exists("mcs"))
            {
                Skip = "Mono is not installed (apt-get install mono-devel): the scenarios did not run under Mono. CI installs it.";
            }
            else if (!File.Exists(Path.Combine(TestPaths.ResourcePayload, "SonoranFiveM.Server.net.dll")))
            {
                Skip = "resource/SonoranFiveM.Server.net.dll is not built: run `dotnet build -c Release src/SonoranFiveM.Server` first (CI does).";
            }
        }

        /// <summary>The scenarios also run a JS server script: skipped where Node.js is not on PATH.</summary>
        public bool Node
        {
            get => _node;
            set
            {
                _node = value;
                if (value && Skip == null && !Tool.Exists("node")) Skip = NodeTheoryAttribute.NoNode;
            }
        }

        private bool _node;
    }
}
