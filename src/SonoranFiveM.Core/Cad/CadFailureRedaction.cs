using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Cad
{
    internal static class CadFailureRedaction
    {
        /// <summary>The failure with every known secret masked in its message and request id.</summary>
        public static CadFailure Redacted(this CadFailure failure, SecretRedactor redactor)
        {
            var message = redactor.Redact(failure.Message);
            var requestId = failure.RequestId == null ? null : redactor.Redact(failure.RequestId);
            if (message == failure.Message && requestId == failure.RequestId) return failure;
            return new CadFailure(failure.Kind, message, failure.StatusCode, failure.RetryAt, requestId);
        }
    }
}
