namespace SonoranFiveM.Core.Dispatch
{
    public enum LocationBatchOutcome
    {
        /// <summary>The CAD accepted it: these states are now the last sent.</summary>
        Accepted,
        /// <summary>The CAD refused it: do not resend the same states until they change or the keep-alive is due.</summary>
        Rejected,
        /// <summary>Not delivered (outage, 429, fatal): keep everything pending; the next batch carries every unit's latest state.</summary>
        Failed,
    }
}
