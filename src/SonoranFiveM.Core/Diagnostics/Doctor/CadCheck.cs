using System;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// <c>api reachable</c>, <c>api key</c> and <c>plan</c>, from one version request: does the CAD answer at the
    /// configured address, does it accept the key, and is the community's plan enough for the enabled features.
    /// </summary>
    public sealed class CadCheck : IDoctorCheck
    {
        /// <summary>v1 plan levels (reference §A.2): records and the active-unit list need Plus, the rest Standard.</summary>
        public const int Standard = 2;
        public const int Plus = 3;

        private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

        public async Task RunAsync(DoctorRun run, CancellationToken cancellationToken)
        {
            var context = run.Context;
            var options = context.Options!;
            if (context.Transport == null)
            {
                run.Report(CheckLine.Skip("api key", context.NoTransportReason));
                return;
            }

            if (context.VersionPermit != null && !context.VersionPermit())
            {
                run.Report(CheckLine.Skip("api key", "not checked: the version endpoint's limit (10/min) is used up by earlier doctor runs; run doctor again in a minute"));
                return;
            }

            var cad = new CadApiFactory(context.Transport, context.Time, otherSecrets: context.Loaded!.Secrets).Create(ClientOptions(options));
            run.Cad = cad;
            var url = options.EffectiveBaseUrl;
            var version = await cad.GetVersionAsync(cancellationToken).ConfigureAwait(false);
            if (version.IsAccepted)
            {
                run.Plan = version.Value;
                run.Report(CheckLine.Pass("api reachable", url + " answered (" + cad.ApiVersion + ")"));
                run.Report(CheckLine.Pass("api key", "accepted; plan " + version.Value));
                var needsPlus = NeedsPlus(options);
                var needs = needsPlus ? Plus : Standard;
                var why = needsPlus ? "records templates / the active-unit list (unit detection) need PLUS" : "the enabled features need STANDARD";
                run.Report(version.Value.Level >= needs
                    ? CheckLine.Pass("plan", version.Value.Name + " is enough (" + why + ")")
                    : CheckLine.Fail("plan", version.Value.Name + " is below " + (needs == Plus ? "PLUS" : "STANDARD") + ": " + why,
                        "upgrade the community's plan in Sonoran CAD, or turn the features off (records.templates, location.enabled)"));
                return;
            }

            var failure = version.Failure!;
            if (failure.StatusCode == null)
            {
                run.Report(CheckLine.Fail("api reachable", url + ": no answer (" + failure.Message + ")",
                    "check baseUrl / environment in config.json (or --cad-url), DNS and the firewall; the server must reach it over HTTPS"));
                return;
            }

            run.Report(CheckLine.Pass("api reachable", url + " answered HTTP " + failure.StatusCode));
            run.Report(CheckLine.Fail("api key", Describe(failure), KeyFix(failure, context.KeySetting)));
        }

        /// <summary>The core polls the active-unit list whenever locations are on, and records need Plus.</summary>
        public static bool NeedsPlus(SonoranOptions options) => options.Records.Templates.Count > 0 || options.Location.Enabled;

        /// <summary>The CAD client for one-off checks: one attempt, at most 10 s.</summary>
        public static CadClientOptions ClientOptions(SonoranOptions options)
        {
            var client = OptionsMapping.CadClient(options);
            var configured = TimeSpan.FromSeconds(options.RequestTimeoutSeconds);
            client.Resilience.AttemptTimeout = configured < AttemptTimeout ? configured : AttemptTimeout;
            return client;
        }

        public static string Describe(DeliveryFailure failure) =>
            failure.Kind + ": " + failure.Message + (failure.StatusCode is int s ? " (HTTP " + s + ")" : string.Empty)
            + (string.IsNullOrEmpty(failure.RequestId) ? string.Empty : " [request " + failure.RequestId + "]");

        public static string KeyFix(DeliveryFailure failure, string keySetting)
        {
            switch (failure.StatusCode)
            {
                case 401: return "set " + keySetting + " to the community API key from Sonoran CAD > Admin > Advanced > API Integration";
                case 403: return "enable the API for the community in Sonoran CAD (Admin > Advanced > API Integration), and check the plan";
                case 404: return "the API URL is wrong: clear baseUrl to use the environment's address, or fix --cad-url";
                case 429: return "the key's rate limit is used up (another server on the same key?); wait a minute and run doctor again";
                default: return "check baseUrl, apiVersion and the API key; the CAD said: " + failure.Message;
            }
        }
    }
}
