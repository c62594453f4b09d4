namespace SonoranFiveM.Core.Tests.Dispatch
{
    public class CompletedResultsTests
    {
        [Fact]
        public void A_task_still_running_gives_no_result_at_once_instead_of_waiting()
        {
            var running = new TaskCompletionSource<int>();

            Assert.False(running.Task.TryGetResult(out _));
        }

        [Fact]
        public void A_completed_task_gives_its_result()
        {
            Assert.True(Task.FromResult(42).TryGetResult(out var result));
            Assert.Equal(42, result);
        }

        [Fact]
        public void A_faulted_or_cancelled_task_gives_no_result_and_does_not_throw()
        {
            Assert.False(Task.FromException<int>(new InvalidOperationException("boom")).TryGetResult(out _));
            Assert.False(Task.FromCanceled<int>(new CancellationToken(canceled: true)).TryGetResult(out _));
        }
    }
}
