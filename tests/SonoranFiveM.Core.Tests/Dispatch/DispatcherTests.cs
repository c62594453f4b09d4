namespace SonoranFiveM.Core.Tests.Dispatch
{
    public class DispatcherTests
    {
        [Fact]
        public async Task Latest_wins_keeps_only_the_newest_status_per_unit()
        {
            using var h = new DispatcherHarness();
            var first = h.Dispatcher.SetStatus("u1", 1);
            var second = h.Dispatcher.SetStatus("u1", 2);
            var other = h.Dispatcher.SetStatus("u2", 4);
            var third = h.Dispatcher.SetStatus("u1", 3);
            await h.Pump();

            var bodies = h.Api.BodiesOf(CadEndpoint.UnitStatus).Cast<(string, int)>().ToList();
            Assert.Equal(new[] { ("u1", 3), ("u2", 4) }, bodies);
            Assert.Equal(DeliveryState.Dropped, (await first.Completion).State);
            Assert.Equal(DeliveryState.Dropped, (await second.Completion).State);
            Assert.Equal(DeliveryState.Accepted, (await third.Completion).State);
            Assert.Equal(DeliveryState.Accepted, (await other.Completion).State);
            Assert.Equal(2, h.Dispatcher.GetStatus(CadEndpoint.UnitStatus).Dropped[DropReason.Replaced]);
        }

        [Fact]
        public async Task A_911_call_is_accepted_with_the_CAD_call_id_and_carries_its_client_id()
        {
            using var h = new DispatcherHarness();
            var ticket = h.Dispatcher.Enqueue911Call(Calls911.Make());
            await h.Pump();
            var result = await ticket.Completion;
            Assert.Equal(DeliveryState.Accepted, result.State);
            Assert.Equal("101", result.CadId);
            var sent = (EmergencyCall)h.Api.BodiesOf(CadEndpoint.Create911Call).Single()!;
            Assert.Equal(ticket.Id, sent.MetaData["sonoranFivemId"]);
            Assert.Equal("1", sent.MetaData["x"]);
        }

        [Fact]
        public async Task A_911_call_is_never_stuck_behind_a_slow_location_lane()
        {
            using var h = new DispatcherHarness();
            var source = new StubLocationSource();
            h.Dispatcher.AttachLocationSource(source);
            var hang = new TaskCompletionSource<bool>();
            h.Api.Gates[CadEndpoint.UnitLocations] = hang.Task;

            var pump = h.Pump(); // the location send hangs inside this pump
            Assert.Equal(1, h.Api.Count(CadEndpoint.UnitLocations));
            var ticket = h.Dispatcher.Enqueue911Call(Calls911.Make());
            var panic = h.Dispatcher.SetPanic("u1", true);
            await h.Pump().WaitAsync(TimeSpan.FromSeconds(30)); // a second pump: the hung lane is skipped, not waited for
            Assert.Equal(DeliveryState.Accepted, (await ticket.Completion).State);
            Assert.Equal(DeliveryState.Accepted, (await panic.Completion).State);
            Assert.False(pump.IsCompleted);

            hang.SetResult(true);
            await pump.WaitAsync(TimeSpan.FromSeconds(30));
        }

        [Fact]
        public async Task Stale_panic_is_dropped_with_a_log_line()
        {
            using var h = new DispatcherHarness();
            h.Api.Script(CadEndpoint.UnitPanic, Failures.RateLimited(h.Now.AddMinutes(10)));
            var ticket = h.Dispatcher.SetPanic("u1", true);
            await h.Pump();
            Assert.False(ticket.Completion.IsCompleted);
            Assert.Equal(DeliveryFailureKind.RateLimited, ticket.LastFailure!.Kind);

            h.Advance(TimeSpan.FromMinutes(2));
            await h.Pump();
            var result = await ticket.Completion;
            Assert.Equal(DeliveryState.Dropped, result.State);
            Assert.Contains("stale", result.Detail);
            Assert.True(h.Log.Contains("dropped item " + ticket.Id));
            Assert.Equal(1, h.Api.Count(CadEndpoint.UnitPanic));
            Assert.Equal(1, h.Dispatcher.GetStatus(CadEndpoint.UnitPanic).Dropped[DropReason.Stale]);
        }

        [Fact]
        public async Task Stale_status_is_dropped_while_the_CAD_is_down()
        {
            using var h = new DispatcherHarness();
            h.Api.Always(CadEndpoint.UnitStatus, Failures.Transient());
            var ticket = h.Dispatcher.SetStatus("u1", 2);
            for (var i = 0; i < 30; i++)
            {
                await h.Pump();
                h.Advance(TimeSpan.FromSeconds(5));
            }

            Assert.Equal(DeliveryState.Dropped, (await ticket.Completion).State);
            Assert.True(h.Api.Count(CadEndpoint.UnitStatus) >= 2);
        }

        [Fact]
        public async Task Fifo_lane_refuses_new_work_when_full()
        {
            var options = new DispatcherOptions();
            options.SetLane(CadEndpoint.Remove911Call, options.Lane(CadEndpoint.Remove911Call).WithCapacity(3));
            using var h = new DispatcherHarness(options);
            h.Api.Always(CadEndpoint.Remove911Call, Failures.Transient());
            var tickets = Enumerable.Range(1, 5).Select(i => h.Dispatcher.Remove911Call(i)).ToList();

            Assert.Equal(DeliveryState.Rejected, (await tickets[3].Completion).State);
            Assert.Contains("queue is full", (await tickets[4].Completion).Detail);
            Assert.False(tickets[0].Completion.IsCompleted);
            var status = h.Dispatcher.GetStatus(CadEndpoint.Remove911Call);
            Assert.Equal(3, status.Queued);
            Assert.Equal(2, status.Dropped[DropReason.Overflow]);
        }

        [Fact]
        public async Task Latest_wins_lane_drops_the_oldest_when_full()
        {
            var options = new DispatcherOptions();
            options.SetLane(CadEndpoint.UnitPanic, options.Lane(CadEndpoint.UnitPanic).WithCapacity(2));
            using var h = new DispatcherHarness(options);
            var a = h.Dispatcher.SetPanic("a", true);
            var b = h.Dispatcher.SetPanic("b", true);
            var c = h.Dispatcher.SetPanic("c", true);
            Assert.Equal(DeliveryState.Dropped, (await a.Completion).State);
            Assert.Equal(2, h.Dispatcher.GetStatus(CadEndpoint.UnitPanic).Queued);
            await h.Pump();
            Assert.Equal(DeliveryState.Accepted, (await b.Completion).State);
            Assert.Equal(DeliveryState.Accepted, (await c.Completion).State);
        }

        [Fact]
        public async Task Retry_after_reschedules_the_lane()
        {
            using var h = new DispatcherHarness();
            var retryAt = h.Now.AddSeconds(30);
            h.Api.Script(CadEndpoint.UnitStatus, Failures.RateLimited(retryAt));
            var ticket = h.Dispatcher.SetStatus("u1", 2);
            await h.Pump();
            Assert.Equal(retryAt, h.Dispatcher.GetStatus(CadEndpoint.UnitStatus).NextAllowedSendAt);

            h.Advance(TimeSpan.FromSeconds(29.9));
            await h.Pump();
            Assert.Equal(1, h.Api.Count(CadEndpoint.UnitStatus));

            h.Advance(TimeSpan.FromSeconds(0.1));
            await h.Pump();
            Assert.Equal(2, h.Api.Count(CadEndpoint.UnitStatus));
            Assert.Equal(retryAt, h.Api.TimesOf(CadEndpoint.UnitStatus)[1]);
            Assert.Equal(DeliveryState.Accepted, (await ticket.Completion).State);
            Assert.Equal(1, h.Dispatcher.GetStatus(CadEndpoint.UnitStatus).Retried);
        }

        [Fact]
        public async Task A_fatal_error_pauses_only_its_lane()
        {
            using var h = new DispatcherHarness();
            var faults = new List<LaneFault>();
            h.Dispatcher.LaneFaulted += faults.Add;
            h.Api.Always(CadEndpoint.UnitStatus, Failures.Fatal());
            var status = h.Dispatcher.SetStatus("u1", 2);
            var status2 = h.Dispatcher.SetStatus("u2", 2);
            var panic = h.Dispatcher.SetPanic("u1", true);
            var call = h.Dispatcher.Enqueue911Call(Calls911.Make());
            await h.Pump();

            Assert.Equal(DeliveryState.Rejected, (await status.Completion).State);
            Assert.Equal(DeliveryState.Rejected, (await status2.Completion).State);
            Assert.Equal(1, h.Api.Count(CadEndpoint.UnitStatus));
            Assert.Equal(DeliveryState.Accepted, (await panic.Completion).State);
            Assert.Equal(DeliveryState.Accepted, (await call.Completion).State);
            Assert.Equal(CadEndpoint.UnitStatus, Assert.Single(faults).Endpoint);
            Assert.True(h.Dispatcher.GetStatus(CadEndpoint.UnitStatus).Paused);
            Assert.False(h.Dispatcher.GetStatus(CadEndpoint.UnitPanic).Paused);
            Assert.True(h.Log.Contains("PAUSED"));

            var refused = h.Dispatcher.SetStatus("u3", 1);
            Assert.Equal(DeliveryState.Rejected, (await refused.Completion).State);

            h.Api.Always(CadEndpoint.UnitStatus, null);
            h.Dispatcher.Resume(CadEndpoint.UnitStatus);
            var after = h.Dispatcher.SetStatus("u3", 1);
            await h.Pump();
            Assert.Equal(DeliveryState.Accepted, (await after.Completion).State);
        }

        [Fact]
        public async Task A_fatal_error_keeps_durable_work_queued()
        {
            using var h = new DispatcherHarness();
            h.Api.Always(CadEndpoint.Create911Call, Failures.Fatal());
            var call = h.Dispatcher.Enqueue911Call(Calls911.Make());
            await h.Pump();
            Assert.False(call.Completion.IsCompleted);
            Assert.Equal(DeliveryFailureKind.Fatal, call.LastFailure!.Kind);
            Assert.Equal(1, h.Dispatcher.GetStatus(CadEndpoint.Create911Call).Queued);

            h.Api.Always(CadEndpoint.Create911Call, null);
            h.Dispatcher.Resume(CadEndpoint.Create911Call);
            await h.Pump();
            Assert.Equal(DeliveryState.Accepted, (await call.Completion).State);
        }

        [Fact]
        public async Task Transient_failures_retry_with_backoff_and_keep_the_item()
        {
            using var h = new DispatcherHarness();
            h.Api.Script(CadEndpoint.Create911Call, Failures.Transient(), Failures.Transient());
            var ticket = h.Dispatcher.Enqueue911Call(Calls911.Make());
            await h.Pump();
            Assert.Equal(1, h.Api.Count(CadEndpoint.Create911Call));
            Assert.Equal(DeliveryFailureKind.Transient, ticket.LastFailure!.Kind);

            h.Advance(TimeSpan.FromSeconds(1.9));
            await h.Pump();
            Assert.Equal(1, h.Api.Count(CadEndpoint.Create911Call));
            h.Advance(TimeSpan.FromSeconds(0.1)); // 2 s base backoff
            await h.Pump();
            Assert.Equal(2, h.Api.Count(CadEndpoint.Create911Call));
            h.Advance(TimeSpan.FromSeconds(3.9));
            await h.Pump();
            Assert.Equal(2, h.Api.Count(CadEndpoint.Create911Call));
            h.Advance(TimeSpan.FromSeconds(0.1)); // doubled to 4 s
            await h.Pump();
            Assert.Equal(DeliveryState.Accepted, (await ticket.Completion).State);
            var status = h.Dispatcher.GetStatus(CadEndpoint.Create911Call);
            Assert.Equal(2, status.Retried);
            Assert.Equal(3, status.RequestsSent);
            Assert.Equal(DeliveryFailureKind.Transient, status.LastError!.Kind);
        }

        [Fact]
        public async Task Rejected_item_is_dropped_with_its_reason()
        {
            using var h = new DispatcherHarness();
            h.Api.Script(CadEndpoint.Remove911Call, Failures.Rejected("no such call"));
            var ticket = h.Dispatcher.Remove911Call(5);
            var next = h.Dispatcher.Remove911Call(6);
            await h.Pump();
            var result = await ticket.Completion;
            Assert.Equal(DeliveryState.Rejected, result.State);
            Assert.Equal("no such call", result.Detail);
            Assert.Equal(DeliveryState.Accepted, (await next.Completion).State);
            Assert.Equal(1, h.Dispatcher.GetStatus(CadEndpoint.Remove911Call).Dropped[DropReason.RejectedByCad]);
        }

        [Fact]
        public async Task Records_are_batched_and_a_rejected_batch_is_retried_item_by_item()
        {
            using var h = new DispatcherHarness(maxRecordsPerRequest: 3);
            h.Api.Script(CadEndpoint.CreateRecord, Failures.Rejected("bad field"), null, Failures.Rejected("bad field"), null);
            var tickets = Enumerable.Range(0, 3)
                .Select(i => h.Records.CreateRecord(RecordRequest.FromTemplate("u" + i, 5, new Dictionary<string, string>(), null)))
                .ToList();
            await h.Pump();
            var batches = h.Api.BodiesOf(CadEndpoint.CreateRecord).Cast<List<RecordRequest>>().Select(b => b.Count).ToList();
            Assert.Equal(new[] { 3, 1, 1, 1 }, batches);
            Assert.Equal(DeliveryState.Accepted, (await tickets[0].Completion).State);
            Assert.Equal(DeliveryState.Rejected, (await tickets[1].Completion).State);
            Assert.Equal(DeliveryState.Accepted, (await tickets[2].Completion).State);
            Assert.StartsWith("rec-", (await tickets[0].Completion).CadId);
        }

        [Fact]
        public async Task Many_records_go_out_in_full_batches()
        {
            using var h = new DispatcherHarness(maxRecordsPerRequest: 5);
            for (var i = 0; i < 12; i++) h.Records.CreateRecord(RecordRequest.FromTemplate("u", 5, new Dictionary<string, string>(), null));
            await h.Pump();
            var batches = h.Api.BodiesOf(CadEndpoint.CreateRecord).Cast<List<RecordRequest>>().Select(b => b.Count).ToList();
            Assert.Equal(new[] { 5, 5, 2 }, batches);
        }

        [Fact]
        public async Task Scheduled_delete_waits_for_its_due_time()
        {
            using var h = new DispatcherHarness();
            var ticket = h.Records.DeleteRecord("r1", h.Now.AddMinutes(10));
            var now = h.Records.DeleteRecord("r0");
            await h.Pump();
            Assert.Equal(new object?[] { "r0" }, h.Api.BodiesOf(CadEndpoint.DeleteRecord));
            Assert.Equal(DeliveryState.Accepted, (await now.Completion).State);
            h.Advance(TimeSpan.FromMinutes(10));
            await h.Pump();
            Assert.Equal(DeliveryState.Accepted, (await ticket.Completion).State);
            Assert.Equal(h.Now, h.Api.TimesOf(CadEndpoint.DeleteRecord)[1]);
        }

        [Fact]
        public async Task Create_with_delete_after_schedules_the_delete_of_the_created_record()
        {
            using var h = new DispatcherHarness();
            var ticket = h.Records.CreateRecord(RecordRequest.FromTemplate("u", 5, new Dictionary<string, string>(), null), TimeSpan.FromMinutes(30));
            await h.Pump();
            var cadId = (await ticket.Completion).CadId;
            h.Advance(TimeSpan.FromMinutes(29));
            await h.Pump();
            Assert.Empty(h.Api.BodiesOf(CadEndpoint.DeleteRecord));
            h.Advance(TimeSpan.FromMinutes(1));
            await h.Pump();
            Assert.Equal(new object?[] { cadId }, h.Api.BodiesOf(CadEndpoint.DeleteRecord));
        }

        [Fact]
        public async Task Heartbeat_service_beats_every_interval_and_does_not_pile_up_during_an_outage()
        {
            using var h = new DispatcherHarness();
            var players = 7;
            using var heartbeat = new HeartbeatService(h.Dispatcher, () => players, TimeSpan.FromSeconds(60), h.Time, h.Log);
            heartbeat.Start();
            await h.Pump();
            players = 9;
            h.Advance(TimeSpan.FromSeconds(60));
            await h.Pump();
            Assert.Equal(new object?[] { 7, 9 }, h.Api.BodiesOf(CadEndpoint.Heartbeat));

            h.Api.Always(CadEndpoint.Heartbeat, Failures.Transient());
            for (var i = 0; i < 10; i++)
            {
                h.Advance(TimeSpan.FromSeconds(60));
                await h.Pump();
            }

            Assert.True(h.Dispatcher.GetStatus(CadEndpoint.Heartbeat).Queued <= 1);
            h.Api.Always(CadEndpoint.Heartbeat, null);
            players = 3;
            h.Advance(TimeSpan.FromSeconds(60));
            await h.Pump();
            Assert.Equal(3, h.Api.BodiesOf(CadEndpoint.Heartbeat).Last());
        }

        [Fact]
        public async Task Stop_sends_what_the_budget_allows_and_drops_the_rest()
        {
            using var h = new DispatcherHarness();
            var tickets = Enumerable.Range(0, 25).Select(i => h.Dispatcher.SetStatus("u" + i, 1)).ToList();
            await h.Dispatcher.StopAsync(h.Now.AddSeconds(5));
            Assert.Equal(30, h.Dispatcher.GetStatus(CadEndpoint.UnitStatus).PermitsPerWindow);
            Assert.Equal(25, h.Api.Count(CadEndpoint.UnitStatus));

            using var h2 = new DispatcherHarness();
            var more = Enumerable.Range(0, 35).Select(i => h2.Dispatcher.SetStatus("u" + i, 1)).ToList();
            await h2.Dispatcher.StopAsync(h2.Now.AddSeconds(5));
            Assert.Equal(30, h2.Api.Count(CadEndpoint.UnitStatus));
            Assert.Equal(5, more.Count(t => t.Completion.Result.State == DeliveryState.Dropped));
            Assert.Equal(DeliveryState.Rejected, (await h2.Dispatcher.SetStatus("late", 1).Completion).State);
        }

        private sealed class StubLocationSource : IUnitLocationSource
        {
            public int PendingCount => 1;

            public LocationBatch? TakeBatch(int maxUnits, DateTimeOffset now)
                => new LocationBatch(new[] { new UnitLocation("u1", "Alta St", 1, 2, 3, 90) }, null);

            public void Complete(LocationBatch batch, LocationBatchOutcome outcome, DateTimeOffset now)
            {
            }
        }
    }
}
