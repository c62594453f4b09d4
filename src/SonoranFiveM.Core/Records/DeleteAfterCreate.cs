namespace SonoranFiveM.Core.Records
{
    /// <summary>
    /// The record rule run when a target accepts a create: queue the delete of what it created, due when the record
    /// expires. It runs before the create's outbox entry is closed, so a crash in between leaves both, never neither.
    /// </summary>
    internal static class DeleteAfterCreate
    {
        public static void Schedule(Dispatcher dispatcher, ILog log, string target, string deleteLane, string? remoteId, DateTimeOffset? due)
        {
            if (!due.HasValue) return;
            if (string.IsNullOrEmpty(remoteId))
            {
                log.Write(LogLevel.Warning, "Records: a record created at " + target + " came back without an id; its scheduled delete cannot be queued.");
                return;
            }

            dispatcher.EnqueueFollowUp(deleteLane, remoteId!, due.Value);
        }
    }
}
