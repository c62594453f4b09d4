namespace SonoranFiveM.Core.Records
{
    /// <summary>A checked lifetime: the minutes to use (with an optional warning), or an error.</summary>
    public sealed class LifetimeDecision
    {
        private LifetimeDecision(int minutes, string? warning, string? error)
        {
            Minutes = minutes;
            Warning = warning;
            Error = error;
        }

        internal static LifetimeDecision Ok(int minutes, string? warning = null) => new LifetimeDecision(minutes, warning, null);
        internal static LifetimeDecision Invalid(string error) => new LifetimeDecision(0, null, error);

        public bool IsValid => Error == null;

        /// <summary>The lifetime to use; 0 when invalid.</summary>
        public int Minutes { get; }

        /// <summary>Set when the requested lifetime was capped: log it.</summary>
        public string? Warning { get; }

        public string? Error { get; }
    }
}
