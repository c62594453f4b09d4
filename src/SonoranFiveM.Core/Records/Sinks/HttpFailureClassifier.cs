using System;
using System.Collections.Generic;
using System.Linq;
using SonoranFiveM.Core.Diagnostics;
using System.Globalization;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>
    /// Turns a failed mirror response into a <see cref="CadFailure"/>:
    /// no response / timeout / 408 / 5xx → Transient; 401 / 403 → Fatal (bad key); 405 / 3xx → Fatal (wrong URL);
    /// 429 → RateLimited (with <c>Retry-After</c> when sent); other 4xx (400, 404, 409, 422, …) → Rejected with the body's detail.
    /// Messages are passed through <see cref="SecretRedactor"/>.
    /// </summary>
    internal static class HttpFailureClassifier
    {
        public static bool IsSuccess(HttpResponse response) => response.StatusCode >= 200 && response.StatusCode < 300;

        public static CadFailure Classify(HttpResponse response, string target, string keySetting, DateTimeOffset now, IEnumerable<string?> secrets)
        {
            var status = response.StatusCode;
            CadFailure failure;
            if (!response.HasResponse)
            {
                var why = response.TimedOut ? "timed out" : "no response (" + (response.TransportError ?? "connection failed") + ")";
                failure = new CadFailure(CadFailureKind.Transient, target + ": " + why, null);
            }
            else if (status == 401 || status == 403)
            {
                failure = new CadFailure(CadFailureKind.Fatal, target + " refused the API key (" + ErrorDetail.From(response.Body) + "); check " + keySetting, status);
            }
            else if (status == 429)
            {
                failure = new CadFailure(CadFailureKind.RateLimited, target + " rate limit reached (" + ErrorDetail.From(response.Body) + ")", status, RetryAt(response, now));
            }
            else if (status == 408 || status >= 500)
            {
                failure = new CadFailure(CadFailureKind.Transient, target + " is unavailable (" + ErrorDetail.From(response.Body) + ")", status);
            }
            else if (status == 405 || (status >= 300 && status < 400))
            {
                failure = new CadFailure(CadFailureKind.Fatal, target + " answered HTTP " + status + " at this address; check the mirror's URL", status);
            }
            else
            {
                failure = new CadFailure(CadFailureKind.Rejected, target + " rejected the record: " + ErrorDetail.From(response.Body), status);
            }
            var requestId = response.Header("X-Request-Id");
            if (requestId != null)
                failure = new CadFailure(failure.Kind, failure.Message, failure.StatusCode, failure.RetryAt, requestId);
            return Redacted(failure, secrets);
        }

        /// <summary>A 2xx answer that is not what the API returns: the URL points somewhere else.</summary>
        public static CadFailure UnexpectedAnswer(HttpResponse response, string target, string what, IEnumerable<string?> secrets)
            => Redacted(new CadFailure(CadFailureKind.Fatal, target + " answered HTTP " + response.StatusCode + " without " + what + " (" + ErrorDetail.From(response.Body) + "); check the mirror's URL", response.StatusCode), secrets);

        private static CadFailure Redacted(CadFailure failure, IEnumerable<string?> secrets)
            => failure.Redacted(SecretRedactor.For(secrets.ToArray()));

        /// <summary><c>Retry-After</c> as delta-seconds or an HTTP date; null when absent or unreadable.</summary>
        internal static DateTimeOffset? RetryAt(HttpResponse response, DateTimeOffset now)
        {
            var header = response.Header("Retry-After")?.Trim();
            if (string.IsNullOrEmpty(header)) return null;
            if (double.TryParse(header, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                return now.AddSeconds(seconds);
            if (DateTimeOffset.TryParseExact(header, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                return date < now ? now : date;
            return null;
        }
    }
}
