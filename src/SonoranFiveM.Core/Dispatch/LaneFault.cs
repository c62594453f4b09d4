using System;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>Raised when a fatal CAD error pauses a lane: the owner must fix something (API key, enabled APIs, server id).</summary>
    public sealed class LaneFault
    {
        public LaneFault(CadEndpoint endpoint, DeliveryFailure failure, DateTimeOffset at, string? lane = null)
        {
            Endpoint = endpoint;
            Lane = lane ?? endpoint.ToString();
            Failure = failure;
            At = at;
        }

        public CadEndpoint Endpoint { get; }

        /// <summary>The paused lane's name: the endpoint for CAD lanes, e.g. <c>tines.CreateRecord</c> for a record mirror.</summary>
        public string Lane { get; }
        public DeliveryFailure Failure { get; }
        public DateTimeOffset At { get; }

        public override string ToString() => Lane + " paused at " + At.ToString("u") + ": " + Failure;
    }
}
