using System;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>Removes a secret (the API key) from any text before it reaches a failure, a log line or an exception.</summary>
    internal static class SecretRedactor
    {
        public const string Mask = "***";

        public static string Redact(string text, string? secret)
        {
            if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(secret)) return text;
            var result = text;
            var index = result.IndexOf(secret, StringComparison.OrdinalIgnoreCase);
            while (index >= 0)
            {
                result = result.Substring(0, index) + Mask + result.Substring(index + secret!.Length);
                index = result.IndexOf(secret, index + Mask.Length, StringComparison.OrdinalIgnoreCase);
            }

            return result;
        }

        public static CadFailure Redact(CadFailure failure, string? secret)
        {
            if (string.IsNullOrEmpty(secret)) return failure;
            var message = Redact(failure.Message, secret);
            var requestId = failure.RequestId == null ? null : Redact(failure.RequestId, secret);
            if (ReferenceEquals(message, failure.Message) && ReferenceEquals(requestId, failure.RequestId)) return failure;
            return new CadFailure(failure.Kind, message, failure.StatusCode, failure.RetryAt, requestId);
        }
    }
}
