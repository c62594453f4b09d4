namespace FxServerDouble
{
    public sealed class FxServerOptions
    {
        /// <summary>The resource's name (GetCurrentResourceName).</summary>
        public string ResourceName { get; set; } = "sonoran-fivem";

        /// <summary>The resource folder: LoadResourceFile / SaveResourceFile / GetResourcePath (config.json, the outbox).</summary>
        public string ResourceFolder { get; set; }

        /// <summary>Where the built <see cref="EntryAssembly"/> and its dependency DLLs are (the resource/ payload).</summary>
        public string PayloadFolder { get; set; }

        public string EntryAssembly { get; set; } = "SonoranFiveM.Server.net.dll";

        /// <summary>FXServer's HTTP client gives up when no answer came within this (timeoutNoResponse, 5000 ms).</summary>
        public int HttpNoResponseTimeoutMilliseconds { get; set; } = 5000;

        /// <summary>
        /// The resource's JS server scripts (fxmanifest's <c>server_script</c> entries ending in .js), relative to
        /// <see cref="ResourceFolder"/>, run in this order on Node (<see cref="NodeExecutable"/>) when the resource starts.
        /// </summary>
        public System.Collections.Generic.IList<string> ServerScripts { get; } = new System.Collections.Generic.List<string>();

        /// <summary>The Node.js executable that runs <see cref="ServerScripts"/> (FXServer's JS runtime).</summary>
        public string NodeExecutable { get; set; } = "node";
    }
}
