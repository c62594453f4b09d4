namespace SonoranFiveM.Core.Tests.Payload
{
    /// <summary>A fact that runs only where Debian's mono (mono + mcs) is installed and the Release payload is built.</summary>
    public sealed class MonoFactAttribute : FactAttribute
    {
        public MonoFactAttribute()
        {
            if (!Tool.Exists("mono") || !Tool.Exists("mcs"))
            {
                Skip = "Mono is not installed (apt-get install mono-devel): the resource payload was not load-tested under Mono. CI installs it.";
            }
            else if (!File.Exists(Path.Combine(RepositoryPaths.ResourceFolder, "resource", "SonoranFiveM.Server.net.dll")))
            {
                Skip = "resource/SonoranFiveM.Server.net.dll is not built in " + RepositoryPaths.ResourceFolder
                    + ": run `dotnet build -c Release src/SonoranFiveM.Server` first (CI does).";
            }
        }
    }
}
