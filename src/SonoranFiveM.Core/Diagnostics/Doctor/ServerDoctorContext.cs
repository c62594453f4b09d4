using System;
using System.Threading.Tasks;
using SonoranFiveM.Core.Configuration;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// The doctor's context inside FXServer: the configuration is loaded afresh from the resource's files and convars
    /// (exactly as a start or <c>sonoran reload</c> would load it, but writing and logging nothing), and the CAD checks go
    /// through the running resource's transport and rate budget.
    /// </summary>
    public static class ServerDoctorContext
    {
        public const string NotRunning =
            "not checked: the resource is not running (see `sonoran status`); fix what is said above, `sonoran reload`, then run doctor again";

        /// <param name="files">The resource's files as read on the main thread (the doctor writes none: config.json is not created).</param>
        /// <param name="resourceFolder">Where the outbox path is resolved.</param>
        /// <param name="convar">A convar as the start reads it (empty and the protected placeholder read as unset).</param>
        /// <param name="host">The running resource; null while starting, stopped or refused at start.</param>
        /// <param name="locatePostals">Finds the postal file (natives: on the main thread).</param>
        public static DoctorContext Load(IResourceFiles files, string resourceFolder, Func<string, string?> convar, ServerFacts facts, SonoranHost? host,
            Func<SonoranOptions, Task<PostalsLocation>> locatePostals, TimeProvider time)
        {
            if (files == null) throw new ArgumentNullException(nameof(files));
            if (convar == null) throw new ArgumentNullException(nameof(convar));
            if (facts == null) throw new ArgumentNullException(nameof(facts));
            var redactor = new SecretRedactor();
            var bootstrap = ConfigBootstrap.Prepare(new NoWrites(files));
            OptionsLoadResult? loaded = null;
            if (bootstrap.CanStart)
            {
                loaded = OptionsLoader.Load(bootstrap.ConfigJson, convar);
                redactor.AddRange(loaded.Secrets);
            }

            var described = files.Read(ConfigBootstrap.ConfigFileName) != null ? ConfigBootstrap.ConfigFileName + " and sonoran_* convars"
                : bootstrap.ConfigJson != null ? ConfigBootstrap.ExampleFileName + " (no " + ConfigBootstrap.ConfigFileName + " yet) and sonoran_* convars"
                : "sonoran_* convars and defaults";
            facts.Running = host != null;
            facts.Hub = host?.LocationHub;
            return new DoctorContext(loaded, described, redactor, resourceFolder)
            {
                ConfigError = bootstrap.CanStart ? null : bootstrap.Message,
                ConfigErrorFix = "do as said, then `sonoran reload`",
                SettingsFix = "edit config.json or the sonoran_* convar named above, then `sonoran reload`",
                Transport = host?.Transport,
                NoTransportReason = NotRunning,
                ActiveUnitsPermit = host != null ? host.TryTakeActiveUnitsPermit : (Func<bool>)(() => false),
                LocatePostals = locatePostals,
                Time = time ?? TimeProvider.System,
                Server = facts,
            };
        }

        private sealed class NoWrites : IResourceFiles
        {
            private readonly IResourceFiles _files;

            public NoWrites(IResourceFiles files) => _files = files;

            public string? Read(string name) => _files.Read(name);

            public void Write(string name, string content)
            {
            }
        }
    }
}
