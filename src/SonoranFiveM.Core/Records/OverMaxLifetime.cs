namespace SonoranFiveM.Core.Records
{
    /// <summary>What to do with a lifetime above <see cref="RecordLifetimePolicy.MaxMinutes"/>.</summary>
    public enum OverMaxLifetime
    {
        /// <summary>Use the maximum instead and log a warning (default: a typo should not stop the server starting).</summary>
        Cap,
        /// <summary>Refuse the template or the request with an error.</summary>
        Reject,
    }
}
