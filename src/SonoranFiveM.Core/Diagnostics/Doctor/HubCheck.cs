using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Streaming;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// <c>hub</c> (in the server only): with <c>location.transport = websocket</c>, whether the running resource's hub
    /// connection (the bridge script) is authenticated; PASS as "not used" when no hub connection is used.
    /// </summary>
    public sealed class HubCheck : IDoctorCheck
    {
        public const string Name = "hub";

        public Task RunAsync(DoctorRun run, CancellationToken cancellationToken)
        {
            var server = run.Context.Server;
            if (server == null) return Task.CompletedTask;
            var options = run.Context.Options!;
            if (!options.Location.Enabled || options.Location.Transport != LocationTransport.WebSocket)
            {
                run.Report(CheckLine.Pass(Name, "not used: location.transport is http (or locations are off)"));
                return Task.CompletedTask;
            }

            if (!server.Running)
            {
                run.Report(CheckLine.Skip(Name, "the resource is not running, so it has no hub connection"));
                return Task.CompletedTask;
            }

            var hub = server.Hub;
            if (hub == null)
            {
                run.Report(CheckLine.Pass(Name, "not used: locations are not sent (OneSync is off)"));
                return Task.CompletedTask;
            }

            var reason = hub.Reason.Length > 0 ? hub.Reason : "no reason given";
            switch (hub.State)
            {
                case HubConnectionState.Authenticated:
                    run.Report(CheckLine.Pass(Name, "connected and authenticated: it carries unit locations"));
                    break;
                case HubConnectionState.Refused:
                    run.Report(CheckLine.Fail(Name, "the hub refused authentication (" + reason + "); HTTP carries locations meanwhile",
                        "check sonoran_communityId, sonoran_apiKey and sonoran_serverId (the hub checks all three), then `sonoran reload`"));
                    break;
                case HubConnectionState.Down:
                    run.Report(CheckLine.Fail(Name, "not connected (" + reason + "); HTTP carries locations meanwhile",
                        "let the server reach " + options.EffectiveBaseUrl.TrimEnd('/') + "/apiWsHub (firewall, DNS) and keep resource/sonoran-hub.js in fxmanifest.lua; it reconnects by itself"));
                    break;
                default:
                    run.Report(CheckLine.Skip(Name, "not connected yet (" + hub.State.ToString().ToLowerInvariant() + "); run doctor again in a few seconds"));
                    break;
            }

            return Task.CompletedTask;
        }
    }
}
