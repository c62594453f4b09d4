using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// The start-up description of the effective options, one line per area. Secrets appear only as
    /// "set (from …)" / "not set", never as values.
    /// </summary>
    public static class OptionsSummary
    {
        public static IReadOnlyList<string> Lines(OptionsLoadResult result)
        {
            if (result.Options == null)
            {
                throw new InvalidOperationException("The options are not valid; report result.Errors instead of a summary.");
            }

            return Lines(result.Options, result.OriginOf);
        }

        public static IReadOnlyList<string> Lines(SonoranOptions o, Func<string, OptionOrigin> originOf)
        {
            var lines = new List<string>
            {
                ProductVersion.Describe,
                $"CAD: community {o.CommunityId}, server {o.ServerId}, API {Name(o.ApiVersion)}, " +
                (o.BaseUrl.Length > 0 ? $"base URL {o.EffectiveBaseUrl} (override)" : $"{Name(o.Environment)} ({o.EffectiveBaseUrl})"),
                "API key: " + SecretState(o.ApiKey, originOf("apiKey")),
                $"HTTP: {Name(o.HttpTransport)} transport, {o.RequestTimeoutSeconds} s timeout; rate-limit share {Percent(o.RateLimitShare)}" + Shares(o),
                $"Identity: {o.PrimaryIdentifier} identifier; log level {Name(o.LogLevel)}",
                o.Location.Enabled
                    ? $"Locations: every {o.Location.IntervalSeconds} s when moved ≥ {Number(o.Location.DistanceThreshold)} m or turned ≥ {Number(o.Location.HeadingThreshold)}°, keep-alive {o.Location.KeepAliveSeconds} s"
                    : "Locations: off",
                o.Heartbeat.Enabled ? $"Heartbeat: every {o.Heartbeat.IntervalSeconds} s" : "Heartbeat: off",
                $"Roster: active units polled every {o.Roster.PollIntervalSeconds} s",
                $"Calls: deleted by the CAD after {o.Calls.DeleteAfterMinutes} min, retried for up to {o.Calls.EffectiveMaxAgeMinutes} min, reply after {o.Calls.ReplyWaitSeconds} s, {o.Calls.SharedCooldownSeconds} s between a player's calls, at most {o.Calls.MaxQueuedNonEmergency} non-emergency calls waiting; panic call " + (o.Calls.PanicCall.Enabled ? "on" : "off"),
                "Commands: " + string.Join(", ", o.Commands.Calls.Select(Call).Concat(new[]
                {
                    Command(o.Commands.Panic),
                    Command(o.Commands.Status),
                    Command(o.Commands.Link),
                })) + $"; {o.Commands.InvalidCommandLimit} refused commands per {o.Commands.InvalidCommandWindowSeconds} s; admin ACE {o.Commands.AdminAce}",
                "Unit statuses: " + string.Join(", ", o.Commands.UnitStatuses.Select(p => $"{p.Key}={p.Value}")),
                $"Dispatch: unit updates older than {o.Dispatch.StaleUnitUpdateMinutes} min dropped, " + (o.Dispatch.MaxQueueLength is int bound ? $"at most {bound} queued per endpoint" : "each endpoint's own queue bound"),
                "Postals: " + (o.Postals.Resource.Length == 0 && o.Postals.File.Length == 0
                    ? "off"
                    : o.Postals.File.Length > 0
                        ? $"{o.Postals.File} in resource {o.Postals.Resource}"
                        : $"postal_file of resource {o.Postals.Resource}"),
                "Streets: " + (o.Streets.AcceptClientReports ? $"client reports accepted, up to {o.Streets.MaxLength} characters" : "client reports ignored"),
                $"Outbox: {o.Outbox.Path}, at most {o.Outbox.MaxEntries} entries",
                Records(o.Records),
                Tines(o.Mirrors.Tines, originOf),
                QuickBlox(o.Mirrors.Quickblox, originOf),
            };
            return lines;
        }

        private static string SecretState(string value, OptionOrigin origin) =>
            value.Length == 0 ? "not set" : origin.Source == OptionSource.Default ? "set" : $"set (from {origin.Describe()})";

        private static string Shares(SonoranOptions o) =>
            o.RateLimitShares.Count == 0
                ? ""
                : " (" + string.Join(", ", o.RateLimitShares.Select(p => $"{p.Key} {Percent(p.Value)}")) + ")";

        private static string Call(CallCommandOptions c) =>
            c.Enabled
                ? $"/{c.Name} ({(c.Emergency ? "emergency" : "non-emergency")}, {(c.Ace.Length == 0 ? "everyone" : "ACE " + c.Ace)}, {c.CooldownSeconds} s cooldown)"
                : $"/{c.Name} off";

        private static string Command(ChatCommandOptions c) =>
            c.Enabled
                ? $"/{c.Name} ({(c.Ace.Length == 0 ? "everyone" : "ACE " + c.Ace)}, {c.CooldownSeconds} s cooldown)"
                : $"/{c.Name} off";

        private static string Records(RecordsOptions r)
        {
            if (r.Templates.Count == 0)
            {
                return "Records: no templates";
            }

            var commands = r.Commands.Where(c => c.Enabled).Select(c => "/" + c.Name).ToList();
            return $"Records: templates {string.Join(", ", r.Templates.Keys)}; " +
                   (commands.Count == 0 ? "no commands" : "commands " + string.Join(", ", commands)) +
                   $"; call log {(r.Log911Template.Length == 0 ? "off" : "to " + r.Log911Template)}; lifetime at most {r.MaxMinutes} min";
        }

        private static string Tines(TinesMirrorOptions t, Func<string, OptionOrigin> originOf) =>
            t.Enabled
                ? $"Mirror tines: on, {t.TenantUrl}, record type {t.RecordTypeId}, {t.FieldMap.Count} fields, {t.RatePerMinute}/min, API key {SecretState(t.ApiKey, originOf("mirrors.tines.apiKey"))}"
                : "Mirror tines: off";

        private static string QuickBlox(QuickBloxMirrorOptions q, Func<string, OptionOrigin> originOf) =>
            q.Enabled
                ? $"Mirror quickblox: on, {q.ApiUrl}, class {q.ClassName}, {q.FieldMap.Count} fields, {q.RatePerMinute}/min, API key {SecretState(q.ApiKey, originOf("mirrors.quickblox.apiKey"))}"
                : "Mirror quickblox: off";

        private static string Name(Enum value) => value.ToString().ToLowerInvariant();

        private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

        private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
