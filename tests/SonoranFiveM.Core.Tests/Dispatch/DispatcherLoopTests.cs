using System;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Tests.Dispatch
{
    public class DispatcherLoopTests
    {
        [Fact]
        public async Task StartedLoopsSendNewWorkAndRetryOnTheFakeClock()
        {
            using var h = new DispatcherHarness();
            h.Api.Script(CadEndpoint.UnitPanic, Failures.Transient());
            h.Dispatcher.Start();

            var call = h.Dispatcher.Enqueue911Call(Calls911.Make());
            Assert.Equal(DeliveryState.Accepted, (await call.Completion.WaitAsync(TimeSpan.FromSeconds(30))).State);

            var panic = h.Dispatcher.SetPanic("u1", true);
            while (h.Api.Count(CadEndpoint.UnitPanic) == 0) await Task.Delay(1); // wait for the loop's first attempt
            Assert.False(panic.Completion.IsCompleted);
            while (!panic.Completion.IsCompleted)
            {
                h.Advance(TimeSpan.FromMilliseconds(500)); // fires the loop's backoff delay (2 s)
                await Task.Delay(1);
            }

            Assert.Equal(DeliveryState.Accepted, (await panic.Completion).State);
            Assert.Equal(2, h.Api.Count(CadEndpoint.UnitPanic));
            await h.Dispatcher.StopAsync(h.Now.AddSeconds(1)).WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
