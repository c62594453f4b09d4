using System;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>
    /// Turns a CAD reply into "accepted" or a <see cref="DeliveryFailure"/>: the shared <see cref="FailureDecision"/>, worded
    /// for the CAD, plus two Sonoran gotchas: a 2xx "Backend Service Reached" banner is Fatal (wrong base URL), and text
    /// naming a bad key, community or request type, or an API not enabled, is Fatal whatever the status (except 429).
    /// Callers decide beforehand what a 404 means for a delete (already gone = accepted).
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
        public static DeliveryFailure? Classify(HttpResponse response, DateTimeOffset now)
        {
            var status = response.StatusCode;
            if (FailureDecision.IsSuccess(response))
            {
                return IsWrongUrlBanner(response.Body)
                    ? new DeliveryFailure(DeliveryFailureKind.Fatal,
                        "The URL answered '" + WrongUrlBanner + "' instead of the API: the base URL or API version is wrong", status)
                    : null;
            }

            var cause = FailureDecision.CauseOf(response);
            if (cause == FailureCause.NoResponse)
            {
                return new DeliveryFailure(DeliveryFailureKind.Transient, response.TimedOut
                    ? "The CAD did not answer in time" + Suffix(response.TransportError)
                    : "No response from the CAD" + Suffix(response.TransportError));
            }

            var error = ErrorBody.Parse(response);
            var detail = error.Detail;
            if (cause != FailureCause.RateLimited && NamesFatalCause(detail))
                return new DeliveryFailure(DeliveryFailureKind.Fatal, "The CAD refused the configuration" + Suffix(detail), status, null, error.RequestId);

            return new DeliveryFailure(FailureDecision.KindOf(cause), Message(cause, response, detail), status,
                FailureDecision.RetryAt(cause, response, now), error.RequestId);
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

        private static string Message(FailureCause cause, HttpResponse response, string? detail)
        {
            switch (cause)
            {
                case FailureCause.RateLimited: return "Rate limited by the CAD" + Suffix(detail);
                case FailureCause.KeyRefused: return "The CAD refused the API key" + Suffix(detail);
                case FailureCause.NotFound: return "Not found: check the base URL and the server id" + Suffix(detail);
                case FailureCause.WrongAddress: return "The URL redirected" + Suffix(response.Header("Location")) + ": check the base URL (https, host)";
                case FailureCause.Unavailable: return "The CAD is unavailable" + Suffix(detail);
                default: return "The CAD rejected the request" + Suffix(detail);
            }
        }

        private static string Suffix(string? detail) => string.IsNullOrEmpty(detail) ? string.Empty : ": " + detail;
    }
}
