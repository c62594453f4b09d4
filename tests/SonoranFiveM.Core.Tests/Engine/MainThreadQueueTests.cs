using SonoranFiveM.Core.Engine;

namespace SonoranFiveM.Core.Tests.Engine
{
    public class MainThreadQueueTests
    {
        [Fact]
        public void Drain_runs_posted_actions_in_order_and_caps_each_tick()
        {
            var queue = new MainThreadQueue(new ListLog());
            var ran = new System.Collections.Generic.List<int>();
            for (var i = 0; i < 5; i++)
            {
                var n = i;
                queue.Post(() => ran.Add(n));
            }

            Assert.Equal(3, queue.Drain(maxActions: 3));
            Assert.Equal(new[] { 0, 1, 2 }, ran);
            Assert.Equal(2, queue.Drain());
            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, ran);
        }

        [Fact]
        public void A_failing_action_is_logged_and_does_not_stop_the_rest()
        {
            var log = new ListLog();
            var queue = new MainThreadQueue(log);
            var ranAfter = false;
            queue.Post(() => throw new System.InvalidOperationException("boom"));
            queue.Post(() => ranAfter = true);

            queue.Drain();

            Assert.True(ranAfter);
            Assert.Contains(log.Messages(LogLevel.Error), m => m.Contains("boom"));
        }
    }
}
