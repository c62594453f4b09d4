namespace SonoranFiveM.Core.Tests.Payload
{
    /// <summary>
    /// FXServer runs Mono. Loads every DLL in resource/ under Debian's mono the way FXServer does and resolves every
    /// type, so a dependency Mono cannot load fails here and not on an owner's server. CI points it at the unpacked release
    /// package (SONORAN_RESOURCE_DIR).
    /// </summary>
    public class MonoLoadSmokeTests
    {
        [MonoFact]
        public void Every_dll_in_the_resource_payload_loads_under_Mono()
        {
            var work = Directory.CreateTempSubdirectory("sonoran-mono-smoke").FullName;
            try
            {
                var source = Path.Combine(work, "MonoLoader.cs");
                File.Copy(Path.Combine(AppContext.BaseDirectory, "Payload", "MonoLoader.cs.txt"), source);
                var exe = Path.Combine(work, "MonoLoader.exe");
                var compile = Tool.Run("mcs", "-nologo", "-out:" + exe, source);
                Assert.True(compile.ExitCode == 0, "mcs failed: " + compile.Output);

                // The host folder stands in for FXServer's citizen/clr2/lib/mono/4.5: it provides CitizenFX.Core.Server.
                var run = Tool.Run("mono", exe, Path.Combine(RepositoryPaths.ResourceFolder, "resource"), AppContext.BaseDirectory);

                Assert.True(run.ExitCode == 0, "Mono could not load the payload:\n" + run.Output);
                Assert.Contains("OK   SonoranFiveM.Server.net.dll", run.Output);
                Assert.Contains("OK   SonoranFiveM.Core.dll", run.Output);
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
