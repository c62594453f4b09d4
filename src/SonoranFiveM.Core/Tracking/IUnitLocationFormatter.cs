namespace SonoranFiveM.Core.Tracking
{
    /// <summary>Builds a unit's whole location text ("[1234] Alta St") when a batch is sent, off the main thread.</summary>
    public interface IUnitLocationFormatter
    {
        string Format(int playerId, float x, float y, float z);
    }

    /// <summary>The rounded coordinates.</summary>
    public sealed class DefaultUnitLocationFormatter : IUnitLocationFormatter
    {
        public static readonly DefaultUnitLocationFormatter Instance = new DefaultUnitLocationFormatter();

        public string Format(int playerId, float x, float y, float z)
            => string.Format(CultureInfo.InvariantCulture, "{0:0}, {1:0}", x, y);
    }
}
