namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// <c>server id</c>: the CAD knows the configured server (the first page of its active-unit list). This spends one
    /// request of that list's 3/min budget; in the server it takes the permit from the roster's own limiter, and says
    /// SKIP when there is none rather than cause a 429 for the running resource.
    /// </summary>
    public sealed class ServerIdCheck() : DoctorCheck("server id")
    {
        public override async Task RunAsync(DoctorRun run, CancellationToken cancellationToken)
        {
            var context = run.Context;
            if (SkipIf(run, run.Plan == null || run.Cad == null, "needs the API key check to pass")
                || SkipIf(run, context.ActiveUnitsPermit != null && !context.ActiveUnitsPermit(),
                    "not checked: the active-unit list's limit (3/min) is in use by the running resource; run doctor again in a minute"))
                return;

            var options = context.Options!;
            var units = await run.Cad!.GetActiveUnitsAsync(1, 0, cancellationToken).ConfigureAwait(false);
            if (units.IsAccepted)
            {
                run.Report(Pass(options.ServerId + " exists (" + units.Value.Count + " active unit(s) on the first page)"));
            }
            else if (units.Failure!.StatusCode == 404)
            {
                run.Report(Fail(options.ServerId + " is unknown to the CAD (" + CadCheck.Describe(units.Failure) + ")",
                    "set serverId (or sonoran_serverId) to a server id from Sonoran CAD > Admin > Customization > In-Game Integration"));
            }
            else if (units.Failure.Kind == DeliveryFailureKind.RateLimited)
            {
                run.Report(Fail("not checked: the active-units limit (3/min) is used up",
                    "wait a minute (another server or tool on the same key may be reading the list) and run doctor again"));
            }
            else
            {
                run.Report(Fail(CadCheck.Describe(units.Failure), CadCheck.KeyFix(units.Failure, context.KeySetting)));
            }
        }
    }
}
