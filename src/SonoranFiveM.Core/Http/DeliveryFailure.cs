using System;

namespace SonoranFiveM.Core.Http
{
    /// <summary>A classified failure of a request to the CAD or a record mirror. Its text never contains an API key.</summary>
    public sealed class DeliveryFailure
    {
        public DeliveryFailure(DeliveryFailureKind kind, string message, int? statusCode = null, DateTimeOffset? retryAt = null, string? requestId = null)
        {
            Kind = kind;
            Message = message;
            StatusCode = statusCode;
            RetryAt = retryAt;
            RequestId = requestId;
        }

        public DeliveryFailureKind Kind { get; }

        /// <summary>Human-readable detail: the CAD's own words where it gave any.</summary>
        public string Message { get; }

        /// <summary>HTTP status, or null when no response arrived.</summary>
        public int? StatusCode { get; }

        /// <summary>For <see cref="DeliveryFailureKind.RateLimited"/>: the earliest time to try again, when known.</summary>
        public DateTimeOffset? RetryAt { get; }

        /// <summary>The CAD's trace or request id, for support tickets.</summary>
        public string? RequestId { get; }

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
