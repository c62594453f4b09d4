using System;
using SonoranFiveM.Core.Cad;

namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>Raised when a fatal CAD error pauses a lane: the owner must fix something (API key, enabled APIs, server id).</summary>
    public sealed class LaneFault
    {
        public LaneFault(CadEndpoint endpoint, CadFailure failure, DateTimeOffset at)
        {
            Endpoint = endpoint;
            Failure = failure;
            At = at;
        }

        public CadEndpoint Endpoint { get; }
        public CadFailure Failure { get; }
        public DateTimeOffset At { get; }

        public override string ToString() => Endpoint + " paused at " + At.ToString("u") + ": " + Failure;
    }
}
