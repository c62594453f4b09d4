using System;
using CitizenFX.Core;
using CitizenFX.Core.Native;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Server.Engine;

namespace SonoranFiveM.Server
{
    /// <summary>
    /// The engine adapter FXServer instantiates. It reads the engine on the main thread and forwards to the core;
    /// every decision is made in SonoranFiveM.Core.
    /// </summary>
    public sealed class SonoranScript : BaseScript
    {
        private readonly string _resourceName;
        private readonly ILog _log;

        public SonoranScript()
        {
            _resourceName = API.GetCurrentResourceName();
            var startup = ConfigurationStartup.Run(new ResourceFiles(_resourceName), ReadConvar, new ConsoleLog());
            _log = startup.Log;

            EventHandlers["onResourceStop"] += new Action<string>(OnResourceStop);
            if (startup.Options == null) return;

            _log.Write(LogLevel.Info, "configuration loaded");
        }

        private static string? ReadConvar(string name)
        {
            var value = API.GetConvar(name, string.Empty);
            return string.IsNullOrEmpty(value) ? null : value;
        }

        private void OnResourceStop(string resourceName)
        {
            if (!string.Equals(resourceName, _resourceName, StringComparison.Ordinal)) return;
            _log.Write(LogLevel.Info, "stopping");
        }
    }
}
