namespace SonoranFiveM.Core.Tests.Payload
{
    /// <summary>A fact that runs over an unpacked release package: CI sets SONORAN_RESOURCE_DIR after build/pack.sh.</summary>
    public sealed class PackageFactAttribute : FactAttribute
    {
        public PackageFactAttribute()
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RepositoryPaths.ResourceFolderVariable)))
            {
                Skip = RepositoryPaths.ResourceFolderVariable + " is not set: no unpacked release package to check. Run build/pack.sh, "
                    + "unzip it and set the variable to its sonoran-fivem/ folder (CI does).";
            }
        }
    }
}
