using System.Globalization;

namespace SonoranFiveM.Core.Tracking
{
    /// <summary>Builds a unit's location text ("[1234] Alta St") when a batch is sent, off the main thread.</summary>
    public interface IUnitLocationFormatter
    {
        string Format(float x, float y, float z, string? street);
    }

    /// <summary>The street text when the adapter supplied one, else the rounded coordinates.</summary>
    public sealed class DefaultUnitLocationFormatter : IUnitLocationFormatter
    {
        public static readonly DefaultUnitLocationFormatter Instance = new DefaultUnitLocationFormatter();

        public string Format(float x, float y, float z, string? street)
            => !string.IsNullOrEmpty(street)
                ? street!
                : string.Format(CultureInfo.InvariantCulture, "{0:0}, {1:0}", x, y);
    }
}
