namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary><c>onesync</c> (in the server only): without OneSync the server cannot read positions, so no locations are sent.</summary>
    public sealed class OneSyncCheck() : ServerCheck("onesync")
    {
        /// <summary>What the adapter decides from the <c>onesync</c> convar: anything but unset or "off" reads positions.</summary>
        public static bool IsOn(string? convarValue)
        {
            var value = convarValue?.Trim();
            return !string.IsNullOrEmpty(value) && value != "off";
        }

        protected override void Check(DoctorRun run, ServerFacts server)
        {
            if (IsOn(server.OneSync))
                run.Report(Pass("onesync is " + server.OneSync!.Trim() + ": player positions are read on the server"));
            else if (!run.Context.Options!.Location.Enabled)
                run.Report(Pass("onesync is off; location.enabled is false, so nothing needs it"));
            else
                run.Report(Fail("onesync is off: the server cannot read player positions, so unit locations are not sent",
                    "set `set onesync on` in server.cfg (or turn OneSync on in txAdmin's settings) and restart the server"));
        }
    }
}
