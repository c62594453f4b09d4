namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// <c>hub</c> (in the server only): with <c>location.transport = websocket</c>, whether the running resource's hub
    /// connection (the bridge script) is authenticated; PASS as "not used" when no hub connection is used.
    /// </summary>
    public sealed class HubCheck() : ServerCheck("hub")
    {
        protected override void Check(DoctorRun run, ServerFacts server)
        {
            var options = run.Context.Options!;
            if (!options.Location.Enabled || options.Location.Transport != LocationTransport.WebSocket)
            {
                run.Report(Pass("not used: location.transport is http (or locations are off)"));
                return;
            }

            if (SkipIf(run, !server.Running, "the resource is not running, so it has no hub connection")) return;
            var hub = server.Hub;
            if (hub == null)
            {
                run.Report(Pass("not used: locations are not sent (OneSync is off)"));
                return;
            }

            var reason = hub.Reason.Length > 0 ? hub.Reason : "no reason given";
            switch (hub.State)
            {
                case HubConnectionState.Authenticated:
                    run.Report(Pass("connected and authenticated: it carries unit locations"));
                    break;
                case HubConnectionState.Refused:
                    run.Report(Fail("the hub refused authentication (" + reason + "); HTTP carries locations meanwhile",
                        "check sonoran_communityId, sonoran_apiKey and sonoran_serverId (the hub checks all three), then `sonoran reload`"));
                    break;
                case HubConnectionState.Down:
                    run.Report(Fail("not connected (" + reason + "); HTTP carries locations meanwhile",
                        "let the server reach " + options.EffectiveBaseUrl.TrimEnd('/') + "/apiWsHub (firewall, DNS) and keep resource/sonoran-hub.js in fxmanifest.lua; it reconnects by itself"));
                    break;
                default:
                    run.Report(Skip("not connected yet (" + hub.State.ToString().ToLowerInvariant() + "); run doctor again in a few seconds"));
                    break;
            }
        }
    }
}
