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
    }
}
