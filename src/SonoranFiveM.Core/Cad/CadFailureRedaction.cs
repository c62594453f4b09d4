using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>
    /// The one place a failure's text is made safe to show: every secret is masked in the whole text first, then the text
    /// is cut to length. In that order no cut can leave part of a key, whatever the server echoed, wherever, in
    /// whatever JSON escaping.
    /// </summary>
    internal static class CadFailureRedaction
    {
        /// <summary>The longest failure message kept: the server's own words can be any length.</summary>
        public const int MaxMessageLength = 500;

        /// <summary>The longest request id kept.</summary>
        public const int MaxRequestIdLength = 100;

        /// <summary>The failure with every known secret masked in its message and request id, both then cut to length.</summary>
        public static DeliveryFailure Redacted(this DeliveryFailure failure, SecretRedactor redactor)
        {
            var message = Cut(redactor.Redact(failure.Message), MaxMessageLength);
            var requestId = failure.RequestId == null ? null : Cut(redactor.Redact(failure.RequestId), MaxRequestIdLength);
            if (message == failure.Message && requestId == failure.RequestId) return failure;
            return new DeliveryFailure(failure.Kind, message, failure.StatusCode, failure.RetryAt, requestId);
        }

        private static string Cut(string text, int max) => text.Length <= max ? text : text.Substring(0, max) + "…";
    }
}
