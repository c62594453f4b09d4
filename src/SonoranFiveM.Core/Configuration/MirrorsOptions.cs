namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Systems that receive a copy of temporary records (<c>mirrors.*</c>).</summary>
    public sealed class MirrorsOptions
    {
        /// <summary>The mirror names templates may list in <c>mirrors</c>.</summary>
        public static readonly string[] Names = { "tines", "quickblox" };

        /// <summary>Tines Records. Default off.</summary>
        public TinesMirrorOptions Tines { get; set; } = new TinesMirrorOptions();

        /// <summary>QuickBlox custom objects. Default off.</summary>
        public QuickBloxMirrorOptions Quickblox { get; set; } = new QuickBloxMirrorOptions();

        internal bool IsEnabled(string name) =>
            name == "tines" ? Tines.Enabled : name == "quickblox" && Quickblox.Enabled;
    }
}
