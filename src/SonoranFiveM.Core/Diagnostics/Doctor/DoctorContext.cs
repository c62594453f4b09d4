using System;
using System.Threading.Tasks;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// What the doctor checks, gathered by its host: the CLI (config.json, environment variables, its own HTTP client)
    /// or the server console (config.json and convars read on the main thread, the running resource's transport and
    /// rate budget, <see cref="Server"/>).
    /// </summary>
    public sealed class DoctorContext
    {
        public DoctorContext(OptionsLoadResult? loaded, string configDescription, SecretRedactor redactor, string resourceFolder)
        {
            Loaded = loaded;
            ConfigDescription = configDescription ?? throw new ArgumentNullException(nameof(configDescription));
            Redactor = redactor ?? throw new ArgumentNullException(nameof(redactor));
            ResourceFolder = resourceFolder ?? throw new ArgumentNullException(nameof(resourceFolder));
        }

        /// <summary>The loaded configuration; null when it could not be read at all (<see cref="ConfigError"/>).</summary>
        public OptionsLoadResult? Loaded { get; }

        public SonoranOptions? Options => Loaded?.Options;

        /// <summary>Where the configuration came from, for the config line, e.g. "config.json".</summary>
        public string ConfigDescription { get; }

        /// <summary>Why the configuration could not be read; null when it was read.</summary>
        public string? ConfigError { get; set; }

        /// <summary>The fix for <see cref="ConfigError"/>.</summary>
        public string ConfigErrorFix { get; set; } = "make config.json readable";

        /// <summary>Where the owner fixes a refused setting, e.g. "config.json or the sonoran_* convar named above".</summary>
        public string SettingsFix { get; set; } = "edit config.json or the sonoran_* convar named above";

        /// <summary>How the API key is given here, for the fixes, e.g. "the protected convar sonoran_apiKey".</summary>
        public string KeySetting { get; set; } = "the protected convar " + Configuration.ProtectedConvar.ApiKeyConvar;

        /// <summary>Knows every secret: every line passes through it.</summary>
        public SecretRedactor Redactor { get; }

        /// <summary>The resource folder: relative outbox paths and postal files are resolved against it.</summary>
        public string ResourceFolder { get; }

        /// <summary>How requests reach the CAD and the mirrors; null skips those checks with <see cref="NoTransportReason"/>.</summary>
        public IHttpTransport? Transport { get; set; }

        public string NoTransportReason { get; set; } = "no HTTP transport";

        /// <summary>The clock the CAD client's timeouts use.</summary>
        public TimeProvider Time { get; set; } = TimeProvider.System;

        /// <summary>A permit of the version endpoint's rate budget (10/min); null: not limited here (one run per process).</summary>
        public Func<bool>? VersionPermit { get; set; }

        /// <summary>
        /// A permit of the active-unit list's budget (3/min), taken from the same limiter the running resource's roster
        /// uses; null: not limited here. Without a permit the server id check says SKIP rather than cause a 429.
        /// </summary>
        public Func<bool>? ActiveUnitsPermit { get; set; }

        /// <summary>Finds the postal file for the options (the CLI reads the postal resource's manifest; FXServer asks the engine).</summary>
        public Func<SonoranOptions, Task<PostalsLocation>>? LocatePostals { get; set; }

        /// <summary>In-server facts for the checks only the server can make; null in the CLI (those checks are left out).</summary>
        public ServerFacts? Server { get; set; }
    }
}
