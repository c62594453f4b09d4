namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>Raised when a fatal CAD error pauses a lane: the owner must fix something (API key, enabled APIs, server id).</summary>
    /// <param name="Endpoint">The paused lane's endpoint.</param>
    /// <param name="Failure">The fatal failure.</param>
    /// <param name="At">When the lane paused.</param>
    /// <param name="Lane">The paused lane's name: the endpoint for CAD lanes, e.g. <c>tines.CreateRecord</c> for a record mirror.</param>
    public sealed record LaneFault(CadEndpoint Endpoint, DeliveryFailure Failure, DateTimeOffset At, string Lane)
    {
        public override string ToString() => Lane + " paused at " + At.ToString("u") + ": " + Failure;
    }
}
