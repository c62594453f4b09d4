using CitizenFX.Core;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Server.Engine
{
    /// <summary>Writes to the FXServer console. Debug.WriteLine is an icall, not a native: safe from any thread.</summary>
    internal sealed class ConsoleLog : ILog
    {
        public void Write(LogLevel level, string message)
        {
            var prefix = level == LogLevel.Error ? "^1[sonoran-fivem] ERROR: "
                : level == LogLevel.Warning ? "^3[sonoran-fivem] warning: "
                : "^5[sonoran-fivem]^7 ";
            Debug.WriteLine(prefix + message + "^7");
        }
    }
}
