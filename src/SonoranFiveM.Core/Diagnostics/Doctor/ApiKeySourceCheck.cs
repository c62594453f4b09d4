namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// <c>convar permission</c> (in the server only): the API key must come from the convar <c>sonoran_apiKey</c>, which
    /// server.cfg sets and <c>add_convar_permission</c> guards, not from config.json (a plain file in the resource
    /// folder), and this resource must be allowed to read it. FXServer does not tell a resource whether a convar it can
    /// read is protected, so a key read from the convar passes.
    /// </summary>
    public sealed class ApiKeySourceCheck() : ServerCheck("convar permission")
    {
        protected override void Check(DoctorRun run, ServerFacts server)
        {
            var convar = ProtectedConvar.ApiKeyConvar;
            var grant = ProtectedConvar.PermissionLine(server.ResourceName);
            var origin = run.Context.Loaded?.OriginOf("apiKey") ?? OptionOrigin.Default;

            if (server.ApiKeyPlaceholder)
            {
                run.Report(Fail(
                    convar + " reads \"" + ProtectedConvar.Placeholder + "\": another resource (Sonoran's official integration) protects it and "
                    + server.ResourceName + " may not read it" + (origin.Source == OptionSource.ConfigFile ? "; the apiKey in config.json is used instead" : string.Empty),
                    "add `" + grant + "` to server.cfg after `set " + convar + "`, then restart " + server.ResourceName));
            }
            else if (origin.Source == OptionSource.ConfigFile)
            {
                run.Report(Fail(
                    "the API key is in config.json, a plain file in the resource folder that file managers, backups and other resources can read",
                    "put it in server.cfg instead: `set " + convar + " \"your-api-key\"` (never setr/sets) and `" + grant + "`, then empty apiKey in config.json"));
            }
            else if (origin.Source == OptionSource.Convar)
            {
                run.Report(Pass("the API key is read from the convar " + convar + ", not from config.json "
                    + "(whether the convar is protected cannot be seen from here: set it with `set`, never setr/sets)"));
            }
            else
            {
                run.Report(Fail("no API key is set",
                    "add `set " + convar + " \"your-api-key\"` and `" + grant + "` to server.cfg, then restart " + server.ResourceName));
            }
        }
    }
}
