using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary><c>mirrors</c>: each enabled record mirror answers and accepts its key (a read of a record that does not exist).</summary>
    public sealed class MirrorsCheck : IDoctorCheck
    {
        public async Task RunAsync(DoctorRun run, CancellationToken cancellationToken)
        {
            var context = run.Context;
            var mirrors = context.Options!.Mirrors;
            if (!mirrors.Tines.Enabled && !mirrors.Quickblox.Enabled)
            {
                run.Report(CheckLine.Pass("mirrors", "none enabled"));
                return;
            }

            if (context.Transport == null)
            {
                run.Report(CheckLine.Skip("mirrors", context.NoTransportReason));
                return;
            }

            if (mirrors.Tines.Enabled)
            {
                var t = mirrors.Tines;
                context.Redactor.Add(t.ApiKey);
                run.Report(await ProbeAsync(context.Transport, "tines", t.TenantUrl.TrimEnd('/') + "/api/v1/records/0", "Bearer " + t.ApiKey,
                    "mirrors.tines.apiKey (sonoran_mirrors_tines_apiKey)", "mirrors.tines.tenantUrl", cancellationToken).ConfigureAwait(false));
            }

            if (mirrors.Quickblox.Enabled)
            {
                var q = mirrors.Quickblox;
                context.Redactor.Add(q.ApiKey);
                run.Report(await ProbeAsync(context.Transport, "quickblox", q.ApiUrl.TrimEnd('/') + "/data/" + Uri.EscapeDataString(q.ClassName) + "/000000000000000000000000.json",
                    "ApiKey " + q.ApiKey, "mirrors.quickblox.apiKey (sonoran_mirrors_quickblox_apiKey)", "mirrors.quickblox.apiUrl / className", cancellationToken).ConfigureAwait(false));
            }
        }

        /// <summary>One mirror: a GET of a record that does not exist; 404 is what a working mirror answers (401/403 is a bad key).</summary>
        public static async Task<CheckLine> ProbeAsync(IHttpTransport transport, string name, string url, string authorization, string keySetting, string urlSetting,
            CancellationToken cancellationToken)
        {
            var headers = new Dictionary<string, string> { ["Authorization"] = authorization, ["Accept"] = "application/json" };
            using var request = new HttpRequest("GET", url, headers, null, TimeSpan.FromSeconds(10));
            var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var check = "mirror " + name;
            switch (response.StatusCode)
            {
                case 404:
                    return CheckLine.Pass(check, "answered 404 for a record that does not exist, as a working mirror does; the key was not refused");
                case 0:
                    return CheckLine.Fail(check, "no answer from " + url + " (" + response.TransportError + ")", "check " + urlSetting);
                case 401:
                case 403:
                    return CheckLine.Fail(check, "the key was refused (HTTP " + response.StatusCode + ")", "set " + keySetting + " to a valid key");
                default:
                    return CheckLine.Fail(check, "unexpected HTTP " + response.StatusCode + " for a record that does not exist", "check " + urlSetting + " and " + keySetting);
            }
        }
    }
}
