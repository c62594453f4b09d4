using FxServerDouble;

namespace CitizenFX.Core
{
    public class Player
    {
        /// <summary>As FXServer: strips the <c>net:</c> / <c>internal-net:</c> prefix from the event source.</summary>
        internal Player(string sourceString)
        {
            Handle = sourceString.StartsWith("internal-net:") ? sourceString.Substring("internal-net:".Length)
                : sourceString.StartsWith("net:") ? sourceString.Substring("net:".Length)
                : sourceString;
        }

        public string Handle { get; }

        public StateBag State => new StateBag("player:" + Handle);
    }
}
