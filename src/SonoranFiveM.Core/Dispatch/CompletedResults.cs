namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// Reads a task's result only when it has already completed successfully: never waits and never throws, so it is safe
    /// on the main thread. Ticket tasks (<see cref="IDeliveryTicket.Completion"/>, <see cref="IDeliveryTicket.Saved"/>) are
    /// read through this rather than <c>.Result</c>.
    /// </summary>
    public static class CompletedResults
    {
        public static bool TryGetResult<T>(this Task<T> task, out T result)
        {
            if (task.Status == TaskStatus.RanToCompletion)
            {
                result = task.Result;
                return true;
            }

            result = default!;
            return false;
        }
    }
}
