namespace SonoranFiveM.EngineScenarios
{
    public sealed class ScenarioContext
    {
        public ScenarioContext(ICadControl cad, string payloadFolder, string configExample, string workFolder, Action<string> log)
        {
            Cad = cad;
            PayloadFolder = payloadFolder;
            ConfigExample = configExample;
            WorkFolder = workFolder;
            Log = log;
        }

        public ICadControl Cad { get; }

        /// <summary>The built resource payload: SonoranFiveM.Server.net.dll and its dependency DLLs.</summary>
        public string PayloadFolder { get; }

        /// <summary>The repository's config.example.json, shipped in the resource folder.</summary>
        public string ConfigExample { get; }

        /// <summary>The shipped resource folder (the repository, or in CI the unpacked package) that holds <see cref="ConfigExample"/>
        /// and resource/sonoran-hub.js.</summary>
        public string ShippedFolder => System.IO.Path.GetDirectoryName(ConfigExample);

        /// <summary>A scratch folder for the resource folders of this scenario.</summary>
        public string WorkFolder { get; }

        public Action<string> Log { get; }
    }
}
