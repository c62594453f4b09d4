using SonoranFiveM.Core.Diagnostics.Doctor;

namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    /// <summary>Doctor contexts for one check at a time, and the lines a check writes.</summary>
    internal static class DoctorFixtures
    {
        public const string Key = "doctor-unit-key-9081";

        public static OptionsLoadResult Load(string extraJson = "", string? convarKey = Key)
        {
            var json = "{ \"communityId\": \"c1\"" + (extraJson.Length > 0 ? ", " + extraJson : "") + " }";
            return OptionsLoader.Load(json, name => name == ProtectedConvar.ApiKeyConvar ? convarKey : null);
        }

        public static DoctorContext Context(OptionsLoadResult loaded, ServerFacts? server = null, string? folder = null)
        {
            var redactor = new SecretRedactor();
            redactor.AddRange(loaded.Secrets);
            return new DoctorContext(loaded, "config.json", redactor, folder ?? Path.GetTempPath()) { Server = server };
        }

        public static async Task<(List<string> Lines, DoctorRun Run)> RunAsync(IDoctorCheck check, DoctorContext context)
        {
            var lines = new List<string>();
            var run = new DoctorRun(context, lines.Add);
            await check.RunAsync(run, default);
            return (lines, run);
        }
    }
}
