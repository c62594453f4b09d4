using System;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>What a failed HTTP reply says went wrong, before anyone words it.</summary>
    internal enum FailureCause
    {
        NoResponse,
        RateLimited,
        KeyRefused,
        NotFound,
        WrongAddress,
        Unavailable,
        Refused,
    }

    /// <summary>
    /// The one decision table for HTTP replies, shared by the CAD client (<see cref="FailureClassifier"/>) and the record
    /// mirrors (<c>Records.Sinks.HttpFailureClassifier</c>); each words the failure for its own reader.
    /// <list type="table">
    /// <listheader><term>reply</term><description>cause → class</description></listheader>
    /// <item><term>2xx</term><description>success</description></item>
    /// <item><term>no response, transport timeout</term><description>NoResponse → Transient</description></item>
    /// <item><term>429</term><description>RateLimited → RateLimited, until Retry-After (delta-seconds or HTTP date) when given</description></item>
    /// <item><term>401, 403</term><description>KeyRefused → Fatal (bad key, no permission)</description></item>
    /// <item><term>404</term><description>NotFound → Fatal (unknown server id or wrong URL)</description></item>
    /// <item><term>3xx (not followed)</term><description>WrongAddress → Fatal (wrong base URL, e.g. http vs https)</description></item>
    /// <item><term>408, 5xx</term><description>Unavailable → Transient</description></item>
    /// <item><term>other 4xx</term><description>Refused → Rejected, with the server's detail</description></item>
    /// </list>
    /// </summary>
    internal static class FailureDecision
    {
        public static bool IsSuccess(HttpResponse response) => response.StatusCode >= 200 && response.StatusCode < 300;

        /// <summary>The cause of a reply that is not a success.</summary>
        public static FailureCause CauseOf(HttpResponse response)
        {
            var status = response.StatusCode;
            if (!response.HasResponse) return FailureCause.NoResponse;
            if (status == 429) return FailureCause.RateLimited;
            if (status == 401 || status == 403) return FailureCause.KeyRefused;
            if (status == 404) return FailureCause.NotFound;
            if (status >= 300 && status < 400) return FailureCause.WrongAddress;
            if (status == 408 || status >= 500) return FailureCause.Unavailable;
            return FailureCause.Refused;
        }

        public static DeliveryFailureKind KindOf(FailureCause cause)
        {
            switch (cause)
            {
                case FailureCause.NoResponse:
                case FailureCause.Unavailable:
                    return DeliveryFailureKind.Transient;
                case FailureCause.RateLimited:
                    return DeliveryFailureKind.RateLimited;
                case FailureCause.Refused:
                    return DeliveryFailureKind.Rejected;
                default:
                    return DeliveryFailureKind.Fatal;
            }
        }

        /// <summary>For a rate-limited reply, when the server said to try again; null otherwise or when it did not say.</summary>
        public static DateTimeOffset? RetryAt(FailureCause cause, HttpResponse response, DateTimeOffset now)
            => cause == FailureCause.RateLimited ? RetryAfter.Parse(response.Header("Retry-After"), now) : null;
    }
}
