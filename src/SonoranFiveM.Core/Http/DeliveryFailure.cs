namespace SonoranFiveM.Core.Http
{
    /// <summary>A classified failure of a request to the CAD or a record mirror. Its text never contains an API key.</summary>
    /// <param name="Message">Human-readable detail: the CAD's own words where it gave any.</param>
    /// <param name="StatusCode">HTTP status, or null when no response arrived.</param>
    /// <param name="RetryAt">For <see cref="DeliveryFailureKind.RateLimited"/>: the earliest time to try again, when known.</param>
    /// <param name="RequestId">The CAD's trace or request id, for support tickets.</param>
    public sealed record DeliveryFailure(DeliveryFailureKind Kind, string Message, int? StatusCode = null, DateTimeOffset? RetryAt = null, string? RequestId = null)
    {
        public override string ToString()
        {
            var text = Kind + ": " + Message;
            if (StatusCode.HasValue) text += " (HTTP " + StatusCode.Value + ")";
            if (RetryAt.HasValue) text += " retry at " + RetryAt.Value.ToString("u");
            if (!string.IsNullOrEmpty(RequestId)) text += " [request " + RequestId + "]";
            return text;
        }
    }
}
