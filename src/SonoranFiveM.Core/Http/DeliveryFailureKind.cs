namespace SonoranFiveM.Core.Http
{
    /// <summary>What a caller should do about a failed request.</summary>
    public enum DeliveryFailureKind
    {
        /// <summary>Bad key, API not enabled, unknown server id, wrong URL: stop the endpoint, tell the owner, never retry.</summary>
        Fatal,
        /// <summary>The CAD asked us to slow down; <see cref="DeliveryFailure.RetryAt"/> says until when, if it said.</summary>
        RateLimited,
        /// <summary>5xx, timeout, connection failure, open circuit: retry later.</summary>
        Transient,
        /// <summary>The CAD refused this item (4xx validation): do not retry it, log the detail.</summary>
        Rejected,
    }
}
