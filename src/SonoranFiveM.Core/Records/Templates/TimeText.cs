namespace SonoranFiveM.Core.Records.Templates
{
    internal static class TimeText
    {
        public static string Format(DateTimeOffset time, TimeFormat format)
            => format == TimeFormat.Iso8601
                ? time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
                : time.ToString("HH:mm", CultureInfo.InvariantCulture);
    }
}
