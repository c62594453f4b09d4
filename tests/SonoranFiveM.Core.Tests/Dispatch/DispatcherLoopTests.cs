namespace SonoranFiveM.Core.Tests.Dispatch
{
    /// <summary>
    /// The production loops (<see cref="Dispatcher.Start"/>) on the fake clock. Nothing sleeps: each step awaits the lane
    /// loop's next finished pass (<see cref="Dispatcher.NextLoopPassAsync"/>), which is signalled once the loop's sleep is
    /// scheduled on the clock, so advancing the clock afterwards always reaches it.
    /// </summary>
    public class DispatcherLoopTests
    {
        private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

        [Fact]
        public async Task Started_loops_send_new_work_and_retry_on_the_fake_clock()
        {
            using var h = new DispatcherHarness();
            h.Api.Script(CadEndpoint.UnitPanic, Failures.Transient());
            h.Dispatcher.Start();

            // New work wakes its lane: no clock movement needed.
            var call = h.Dispatcher.Enqueue911Call(Calls911.Make());
            Assert.Equal(DeliveryState.Accepted, (await call.Completion.WaitAsync(Guard)).State);

            var panic = h.Dispatcher.SetPanic("u1", true);
            // The request is counted as it is sent; the lane records its backoff only after the failure comes back.
            await PassesUntil(h, CadEndpoint.UnitPanic,
                () => h.Api.Count(CadEndpoint.UnitPanic) == 1 && h.Dispatcher.GetStatus(CadEndpoint.UnitPanic).NextAllowedSendAt > h.Now);
            Assert.False(panic.Completion.IsCompleted);
            Assert.Equal(h.Now + TimeSpan.FromSeconds(2), h.Dispatcher.GetStatus(CadEndpoint.UnitPanic).NextAllowedSendAt);

            // The retry waits for the backoff on the TimeProvider: advance to it, one loop pass at a time.
            var advanced = TimeSpan.Zero;
            while (!panic.Completion.IsCompleted)
            {
                var pass = h.Dispatcher.NextLoopPassAsync(CadEndpoint.UnitPanic);
                var step = h.Dispatcher.GetStatus(CadEndpoint.UnitPanic).NextAllowedSendAt - h.Now;
                if (step < TimeSpan.FromMilliseconds(50)) step = TimeSpan.FromMilliseconds(50);
                h.Advance(step);
                advanced += step;
                await Task.WhenAny(pass, panic.Completion).WaitAsync(Guard);
            }

            Assert.Equal(DeliveryState.Accepted, (await panic.Completion).State);
            Assert.Equal(2, h.Api.Count(CadEndpoint.UnitPanic));
            Assert.InRange(advanced, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.1));
            await h.Dispatcher.StopAsync(h.Now.AddSeconds(1)).WaitAsync(Guard);
        }

        [Fact]
        public async Task Stopped_loops_send_nothing_more()
        {
            using var h = new DispatcherHarness();
            h.Dispatcher.Start();
            var status = h.Dispatcher.SetStatus("u1", 2);
            Assert.Equal(DeliveryState.Accepted, (await status.Completion.WaitAsync(Guard)).State);

            await h.Dispatcher.StopAsync(h.Now).WaitAsync(Guard);
            var late = h.Dispatcher.SetStatus("u1", 3);
            h.Advance(TimeSpan.FromMinutes(1));

            Assert.Equal(DeliveryState.Rejected, (await late.Completion.WaitAsync(Guard)).State);
            Assert.Equal(1, h.Api.Count(CadEndpoint.UnitStatus));
        }

        /// <summary>Awaits the lane loop's passes until <paramref name="condition"/> holds (task taken before each check).</summary>
        private static async Task PassesUntil(DispatcherHarness h, CadEndpoint endpoint, Func<bool> condition)
        {
            while (true)
            {
                var pass = h.Dispatcher.NextLoopPassAsync(endpoint);
                if (condition()) return;
                await pass.WaitAsync(Guard);
            }
        }
    }
}
