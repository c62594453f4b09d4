namespace SonoranFiveM.Core.Streaming.Bridge
{
    /// <summary>The local server events between the C# resource and <c>resource/sonoran-hub.js</c> (see that file's header).</summary>
    public static class HubBridgeEvents
    {
        public const string Connect = "sonoran-fivem:hub:connect";
        public const string Send = "sonoran-fivem:hub:send";
        public const string Stop = "sonoran-fivem:hub:stop";
        public const string Result = "sonoran-fivem:hub:result";
        public const string Closed = "sonoran-fivem:hub:closed";
        public const string Push = "sonoran-fivem:hub:push";
    }
}
