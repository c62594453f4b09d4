namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>
    /// Turns a failed mirror response into a <see cref="DeliveryFailure"/>: the CAD client's <see cref="FailureDecision"/>,
    /// worded for the mirror's owner, except that a 404 is Rejected (a mirror answers it for a missing record type or
    /// class, not for a wrong address) and a 405 is Fatal (the URL reached something that is not the records API).
    /// Messages are masked and cut by <see cref="CadFailureRedaction.Redacted"/>.
    /// </summary>
    internal static class HttpFailureClassifier
    {
        public static bool IsSuccess(HttpResponse response) => FailureDecision.IsSuccess(response);

        public static DeliveryFailure Classify(HttpResponse response, string target, string keySetting, DateTimeOffset now, IEnumerable<string?> secrets)
        {
            var cause = CauseOf(response);
            var status = response.HasResponse ? response.StatusCode : (int?)null;
            var failure = new DeliveryFailure(FailureDecision.KindOf(cause), Message(cause, response, target, keySetting), status,
                FailureDecision.RetryAt(cause, response, now), response.Header("X-Request-Id"));
            return failure.Redacted(SecretRedactor.For(secrets.ToArray()));
        }

        /// <summary>A 2xx answer that is not what the API returns: the URL points somewhere else.</summary>
        public static DeliveryFailure UnexpectedAnswer(HttpResponse response, string target, string what, IEnumerable<string?> secrets)
            => new DeliveryFailure(DeliveryFailureKind.Fatal, target + " answered HTTP " + response.StatusCode + " without " + what + " (" + ErrorDetail.From(response.Body) + "); check the mirror's URL", response.StatusCode)
                .Redacted(SecretRedactor.For(secrets.ToArray()));

        private static FailureCause CauseOf(HttpResponse response)
        {
            switch (response.StatusCode)
            {
                case 404: return FailureCause.Refused;
                case 405: return FailureCause.WrongAddress;
                default: return FailureDecision.CauseOf(response);
            }
        }

        private static string Message(FailureCause cause, HttpResponse response, string target, string keySetting)
        {
            switch (cause)
            {
                case FailureCause.NoResponse:
                    return target + ": " + (response.TimedOut ? "timed out" : "no response (" + (response.TransportError ?? "connection failed") + ")");
                case FailureCause.KeyRefused:
                    return target + " refused the API key (" + ErrorDetail.From(response.Body) + "); check " + keySetting;
                case FailureCause.RateLimited:
                    return target + " rate limit reached (" + ErrorDetail.From(response.Body) + ")";
                case FailureCause.Unavailable:
                    return target + " is unavailable (" + ErrorDetail.From(response.Body) + ")";
                case FailureCause.WrongAddress:
                    return target + " answered HTTP " + response.StatusCode + " at this address; check the mirror's URL";
                default:
                    return target + " rejected the record: " + ErrorDetail.From(response.Body);
            }
        }

    }
}
