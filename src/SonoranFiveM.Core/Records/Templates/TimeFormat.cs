namespace SonoranFiveM.Core.Records.Templates
{
    /// <summary>How the <c>{time}</c> placeholder is written.</summary>
    public enum TimeFormat
    {
        /// <summary><c>HH:mm</c>, 24-hour, in the supplied clock value's own offset (e.g. <c>21:05</c>).</summary>
        HourMinute,
        /// <summary>ISO 8601 with offset, to the second (e.g. <c>2026-06-08T21:05:09+00:00</c>).</summary>
        Iso8601,
    }
}
