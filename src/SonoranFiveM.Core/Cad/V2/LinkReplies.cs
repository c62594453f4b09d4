using System;
using System.Globalization;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Cad.V2
{
    /// <summary>
    /// Reads the account-link replies (v2 OpenAPI <c>createCommunityLink</c>, <c>checkCommunityLink</c>). A create reply
    /// without a usable code is Rejected: there is nothing to show the player, and asking again would only make another
    /// code. A check reply without a boolean <c>linked</c> is Transient, as for every read.
    /// </summary>
    internal static class LinkReplies
    {
        /// <summary>Longest code accepted; the CAD's are 4 characters.</summary>
        public const int MaxCodeLength = 16;

        /// <summary>Used when the reply gives no readable lifetime: the documented example's 600 s.</summary>
        public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(600);

        private static readonly TimeSpan LongestLifetime = TimeSpan.FromDays(1);

        public static CadResult<LinkCode> Code(HttpResponse accepted, DateTimeOffset now)
        {
            var json = CadJson.TryParse(accepted.Body) as JObject;
            var code = CadJson.Text(json?["code"]);
            if (!IsUsableCode(code))
                return CadResult.Fail<LinkCode>(new DeliveryFailure(DeliveryFailureKind.Rejected, "its reply carried no usable link code", accepted.StatusCode));
            return CadResult.Ok(new LinkCode(code!, now + Lifetime(json!, now)));
        }

        public static CadResult<LinkState> State(HttpResponse accepted)
        {
            var json = CadJson.TryParse(accepted.Body) as JObject;
            var linked = json?["linked"];
            if (linked == null || linked.Type != JTokenType.Boolean) return CadResult.Fail<LinkState>(CadReplies.Unreadable(accepted, "link state"));
            return CadResult.Ok(new LinkState((bool)linked));
        }

        public static bool IsUsableCode(string? code)
        {
            if (string.IsNullOrEmpty(code) || code!.Length > MaxCodeLength) return false;
            foreach (var c in code)
            {
                if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) return false;
            }

            return true;
        }

        /// <summary><c>expiresInSeconds</c> (relative, so clock skew does not matter), else <c>expiresAt</c>, else the default; at most a day.</summary>
        private static TimeSpan Lifetime(JObject json, DateTimeOffset now)
        {
            var seconds = CadJson.Long(json["expiresInSeconds"]);
            if (seconds.HasValue && seconds.Value >= 1 && seconds.Value <= LongestLifetime.TotalSeconds) return TimeSpan.FromSeconds(seconds.Value);
            var at = CadJson.Text(json["expiresAt"]);
            if (at != null && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiresAt))
            {
                var left = expiresAt - now;
                if (left >= TimeSpan.FromSeconds(1) && left <= LongestLifetime) return left;
            }

            return DefaultLifetime;
        }
    }
}
