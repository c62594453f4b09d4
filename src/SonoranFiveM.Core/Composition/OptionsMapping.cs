using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Resilience;
using CommandSettings = SonoranFiveM.Core.Commands.CommandRouterOptions;
using CommandSetting = SonoranFiveM.Core.Commands.CommandOptions;

namespace SonoranFiveM.Core.Composition
{
    /// <summary>
    /// Turns the owner-facing <see cref="SonoranOptions"/> (config.json + convars) into the options of each component.
    /// The components keep their own small option types so they stay testable on their own.
    /// </summary>
    public static class OptionsMapping
    {
        public static CadClientOptions CadClient(SonoranOptions o) => new CadClientOptions
        {
            ApiVersion = o.ApiVersion == ApiVersion.V1 ? "v1" : "v2",
            BaseUrl = o.EffectiveBaseUrl,
            ApiKey = o.ApiKey,
            CommunityId = o.CommunityId,
            ServerId = o.ServerId,
            VehicleHeadingOffset = (float)o.Location.VehicleHeadingOffset,
            Resilience = new ResilienceOptions { AttemptTimeout = TimeSpan.FromSeconds(o.RequestTimeoutSeconds) },
        };

        public static DispatcherOptions Dispatcher(SonoranOptions o)
        {
            var options = new DispatcherOptions
            {
                LocationInterval = TimeSpan.FromSeconds(o.Location.IntervalSeconds),
                HeartbeatInterval = TimeSpan.FromSeconds(o.Heartbeat.IntervalSeconds),
                Call911MaxAge = TimeSpan.FromMinutes(o.Calls.EffectiveMaxAgeMinutes),
            };

            var stale = TimeSpan.FromMinutes(o.Dispatch.StaleUnitUpdateMinutes);
            foreach (CadEndpoint endpoint in Enum.GetValues(typeof(CadEndpoint)))
            {
                var policy = options.Lane(endpoint).WithShare(o.RateLimitShareFor(endpoint));
                if (endpoint == CadEndpoint.UnitPanic || endpoint == CadEndpoint.UnitStatus) policy = policy.WithMaxAge(stale);
                if (o.Dispatch.MaxQueueLength is int bound && endpoint != CadEndpoint.UnitLocations && endpoint != CadEndpoint.Heartbeat)
                    policy = policy.WithCapacity(bound);
                options.SetLane(endpoint, policy);
            }

            return options;
        }

        public static TrackerOptions Tracker(SonoranOptions o) => new TrackerOptions
        {
            DistanceThreshold = (float)o.Location.DistanceThreshold,
            HeadingThreshold = (float)o.Location.HeadingThreshold,
            KeepAlive = TimeSpan.FromSeconds(o.Location.KeepAliveSeconds),
        };

        public static UnitRosterOptions Roster(SonoranOptions o) => new UnitRosterOptions
        {
            PollInterval = TimeSpan.FromSeconds(o.Roster.PollIntervalSeconds),
            Share = o.RateLimitShareFor(CadEndpoint.ActiveUnits),
        };

        public static CommandSettings Commands(SonoranOptions o) => new CommandSettings
        {
            Calls = o.Commands.Calls.Select(c => Call(c, o.Records.Log911Template)).ToList(),
            PanicCall = o.Calls.PanicCall.Enabled && o.Commands.Panic.Enabled ? PanicCall(o.Calls.PanicCall) : null,
            Panic = Command(o.Commands.Panic),
            Status = Command(o.Commands.Status),
            Link = Command(o.Commands.Link),
            ReplyWaitSeconds = o.Calls.ReplyWaitSeconds,
            CallDeleteAfterMinutes = o.Calls.DeleteAfterMinutes,
            CallCooldownSeconds = o.Calls.SharedCooldownSeconds,
            MaxQueuedNonEmergencyCalls = o.Calls.MaxQueuedNonEmergency,
            InvalidCommandLimit = o.Commands.InvalidCommandLimit,
            InvalidCommandWindowSeconds = o.Commands.InvalidCommandWindowSeconds,
            StatusCodes = new Dictionary<string, int>(o.Commands.UnitStatuses, StringComparer.OrdinalIgnoreCase),
        };

        /// <summary>The CAD website where players enter a link code: the environment's (a custom <c>baseUrl</c> keeps production's).</summary>
        public static string LinkWebsite(SonoranOptions o) =>
            o.Environment == CadEnvironment.Development ? "https://staging.dev.sonorancad.com" : "https://sonorancad.com";

        public static StreetReportOptions Streets(SonoranOptions o) => new StreetReportOptions { MaxLength = o.Streets.MaxLength };

        /// <summary>The outbox journal, inside the resource folder (the configuration only accepts relative paths).</summary>
        public static OutboxJournalOptions Outbox(SonoranOptions o, string resourceFolder) => new OutboxJournalOptions(System.IO.Path.Combine(resourceFolder, o.Outbox.Path))
        {
            MaxEntries = o.Outbox.MaxEntries,
        };

        /// <summary>A call command; <paramref name="defaultRecordTemplate"/> (<c>records.log911Template</c>) when it names no template of its own.</summary>
        private static CallCommandSettings Call(CallCommandOptions c, string defaultRecordTemplate) => new CallCommandSettings
        {
            Command = new CommandSetting { Name = c.Name, Enabled = c.Enabled, Ace = c.Ace, CooldownSeconds = c.CooldownSeconds, MaxLength = c.MaxLength },
            Emergency = c.Emergency,
            DescriptionPrefix = c.DescriptionPrefix.Trim(),
            Priority = c.Priority,
            Code = c.Code.Trim(),
            RecordTemplate = (c.RecordTemplate ?? defaultRecordTemplate).Trim(),
            Help = c.Help.Trim(),
        };

        private static PanicCallSettings PanicCall(PanicCallOptions p) => new PanicCallSettings
        {
            Description = p.Description,
            Priority = p.Priority,
            Code = p.Code.Trim(),
            CooldownSeconds = p.CooldownSeconds,
        };

        private static CommandSetting Command(ChatCommandOptions c) => new CommandSetting
        {
            Name = c.Name,
            Enabled = c.Enabled,
            Ace = c.Ace,
            CooldownSeconds = c.CooldownSeconds,
            MaxLength = c.MaxLength,
        };
    }
}
