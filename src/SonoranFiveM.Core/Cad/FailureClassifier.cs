using System;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>
    /// The one decision table that turns an HTTP reply into "accepted" or a <see cref="CadFailure"/>.
    /// Written to be reused by any HTTP sink (Sonoran v1/v2, Tines, QuickBlox); callers decide beforehand what a
    /// 404 means for a delete (already gone = accepted).
    /// <list type="table">
    /// <listheader><term>reply</term><description>class</description></listheader>
    /// <item><term>no response, transport timeout</term><description>Transient</description></item>
    /// <item><term>2xx</term><description>accepted, except a "Backend Service Reached" banner: Fatal (wrong base URL)</description></item>
    /// <item><term>429</term><description>RateLimited, RetryAt from Retry-After (delta-seconds or HTTP date) when given</description></item>
    /// <item><term>text naming a bad key, community or request type, or an API not enabled</term><description>Fatal</description></item>
    /// <item><term>401, 403</term><description>Fatal (bad key, no permission)</description></item>
    /// <item><term>404</term><description>Fatal (unknown server id or wrong URL)</description></item>
    /// <item><term>3xx (not followed)</term><description>Fatal (wrong base URL, e.g. http vs https)</description></item>
    /// <item><term>408, 5xx</term><description>Transient</description></item>
    /// <item><term>other 4xx</term><description>Rejected, with the server's detail</description></item>
    /// </list>
    /// </summary>
    public static class FailureClassifier
    {
        /// <summary>The body a wrong Sonoran URL answers with a 200 (v1 gotcha).</summary>
        public const string WrongUrlBanner = "Backend Service Reached";

        private static readonly string[] FatalPhrases =
        {
            "INVALID API KEY",
            "INVALID COMMUNITY ID",
            "IS NOT ENABLED FOR THIS COMMUNITY",
            "INVALID REQUEST TYPE",
        };

        /// <summary>Null when the reply is a success; otherwise the classified failure (text not yet redacted).</summary>
        /// <param name="response">What the transport returned.</param>
        /// <param name="now">Current time, used to turn a delta-seconds Retry-After into a moment.</param>
        public static CadFailure? Classify(HttpResponse response, DateTimeOffset now)
        {
            if (!response.HasResponse)
            {
                return new CadFailure(CadFailureKind.Transient, response.TimedOut
                    ? "The CAD did not answer in time" + Suffix(response.TransportError)
                    : "No response from the CAD" + Suffix(response.TransportError));
            }

            var status = response.StatusCode;
            if (status >= 200 && status < 300)
            {
                return IsWrongUrlBanner(response.Body)
                    ? new CadFailure(CadFailureKind.Fatal,
                        "The URL answered '" + WrongUrlBanner + "' instead of the API: the base URL or API version is wrong", status)
                    : null;
            }

            var error = ErrorBody.Parse(response);
            var detail = error.Detail;

            if (status == 429)
            {
                var retryAt = RetryAfter.Parse(response.Header("Retry-After"), now);
                return new CadFailure(CadFailureKind.RateLimited, "Rate limited by the CAD" + Suffix(detail), status, retryAt, error.RequestId);
            }

            if (NamesFatalCause(detail))
                return new CadFailure(CadFailureKind.Fatal, "The CAD refused the configuration" + Suffix(detail), status, null, error.RequestId);

            if (status == 401 || status == 403)
                return new CadFailure(CadFailureKind.Fatal, "The CAD refused the API key" + Suffix(detail), status, null, error.RequestId);

            if (status == 404)
                return new CadFailure(CadFailureKind.Fatal, "Not found: check the base URL and the server id" + Suffix(detail), status, null, error.RequestId);

            if (status >= 300 && status < 400)
            {
                return new CadFailure(CadFailureKind.Fatal,
                    "The URL redirected" + Suffix(response.Header("Location")) + ": check the base URL (https, host)", status, null, error.RequestId);
            }

            if (status == 408 || status >= 500)
                return new CadFailure(CadFailureKind.Transient, "The CAD is unavailable" + Suffix(detail), status, null, error.RequestId);

            return new CadFailure(CadFailureKind.Rejected, "The CAD rejected the request" + Suffix(detail), status, null, error.RequestId);
        }

        /// <summary>True for the 200 body a wrong Sonoran URL returns, with or without the <c>Sonoran CAD: </c> prefix.</summary>
        public static bool IsWrongUrlBanner(string? body)
        {
            if (string.IsNullOrWhiteSpace(body)) return false;
            var text = body!.Trim();
            const string prefix = "Sonoran CAD:";
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) text = text.Substring(prefix.Length).Trim();
            return string.Equals(text, WrongUrlBanner, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>True when the server's text names a cause no retry can fix (v1's 400 strings).</summary>
        public static bool NamesFatalCause(string? detail)
        {
            if (string.IsNullOrEmpty(detail)) return false;
            foreach (var phrase in FatalPhrases)
            {
                if (detail!.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }

            return false;
        }

        private static string Suffix(string? detail) => string.IsNullOrEmpty(detail) ? string.Empty : ": " + detail;
    }
}
