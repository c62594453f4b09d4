using System;
using System.Globalization;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>
    /// Parses an HTTP <c>Retry-After</c> header (RFC 9110 §10.2.3): delta-seconds (<c>120</c>) or an HTTP date
    /// (<c>Wed, 21 Oct 2026 07:28:00 GMT</c>). Tolerant: garbage or a missing header gives null, never an exception.
    /// </summary>
    public static class RetryAfter
    {
        private static readonly string[] DateFormats =
        {
            "r",                               // RFC 1123: Sun, 06 Nov 1994 08:49:37 GMT
            "dddd, dd'-'MMM'-'yy HH:mm:ss 'GMT'", // RFC 850 (obsolete)
            "ddd MMM d HH:mm:ss yyyy",         // asctime (obsolete)
            "ddd MMM  d HH:mm:ss yyyy",
        };

        /// <summary>The moment the server said to wait until, or null when the header is absent or unreadable.</summary>
        /// <param name="headerValue">The raw header value.</param>
        /// <param name="now">The current time, from the injected <see cref="TimeProvider"/>.</param>
        public static DateTimeOffset? Parse(string? headerValue, DateTimeOffset now)
        {
            if (string.IsNullOrWhiteSpace(headerValue)) return null;
            var text = headerValue!.Trim();

            // "NaN" and "-Infinity" parse as doubles whatever the styles; they are as unreadable as any other garbage
            // (NaN and negatives fail the >= 0 test; +Infinity is capped below).
            if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                // Cap absurd values so DateTimeOffset arithmetic cannot overflow; a day is already "stop and tell the owner".
                seconds = Math.Min(seconds, TimeSpan.FromDays(1).TotalSeconds);
                return now + TimeSpan.FromSeconds(seconds);
            }

            if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AllowInnerWhite | DateTimeStyles.AssumeUniversal, out var date))
            {
                return date < now ? now : date;
            }

            return null;
        }
    }
}
