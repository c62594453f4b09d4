using System.Reflection;

namespace SonoranFiveM.Core.Diagnostics
{
    /// <summary>
    /// The release version, stamped into the assembly from Directory.Build.props <c>Version</c> (the one place it is set;
    /// build/pack.sh writes the same value into the package's fxmanifest.lua).
    /// </summary>
    public static class ProductVersion
    {
        public static string Current { get; } =
            typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

        /// <summary>"sonoran-fivem 1.2.3": how the start-up summary and <c>sonoran status</c> name what runs.</summary>
        public static string Describe => "sonoran-fivem " + Current;
    }
}
