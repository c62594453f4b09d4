using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Tests.Records.Service
{
    public class RecordServiceTests
    {
        private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

        [Fact]
        public async Task V1_sends_queued_records_in_one_request_with_delete_after_minutes_and_schedules_no_delete()
        {
            using var h = new RecordServiceHarness(version: "v1", maxRecordsPerRequest: 10);
            var handles = new[] { h.Bolo("A1"), h.Bolo("B2"), h.Bolo("C3") };
            Assert.All(handles, r => Assert.True(r.Succeeded));

            await h.Pump();

            var request = Assert.Single(h.Cad.CreateRequests);
            Assert.Equal(new[] { "A1", "B2", "C3" }, request.Select(r => r.ReplaceValues!["plate"]));
            Assert.All(request, r => Assert.Equal(30, r.DeleteAfterMinutes));
            Assert.All(request, r => Assert.Equal(3, r.RecordTypeId));

            await h.Run(TimeSpan.FromMinutes(31), TimeSpan.FromMinutes(1));
            Assert.Empty(h.Cad.DeleteRequests);
            Assert.Equal(3, h.Cad.Records.Count); // v1: the CAD deletes on its own (deleteAfterMinutes)
            Assert.Empty(h.Tines.Records);        // mirrors have no TTL: they are deleted explicitly
            Assert.Empty(h.QuickBlox.Records);
        }

        [Fact]
        public async Task V2_sends_delete_after_minutes_and_deletes_explicitly_at_expiry_everywhere()
        {
            using var h = new RecordServiceHarness(version: "v2");
            var created = h.Bolo(minutes: 20);
            var expires = h.Time.GetUtcNow().AddMinutes(20);
            await h.Pump();

            var sent = Assert.Single(Assert.Single(h.Cad.CreateRequests));
            Assert.Equal(20, sent.DeleteAfterMinutes);
            var ids = h.Service.RemoteIds(created.Handle!);
            Assert.Equal(new[] { "quickblox", "sonoran", "tines" }, ids.Keys.OrderBy(k => k));
            Assert.Single(h.Tines.Records);
            Assert.Single(h.QuickBlox.Records);

            await h.Run(TimeSpan.FromMinutes(20) - Step, Step);
            Assert.Empty(h.Cad.DeleteRequests);
            Assert.Single(h.Cad.Records);
            Assert.True(h.Time.GetUtcNow() < expires);

            await h.Run(Step, Step);
            Assert.Equal(new[] { ids["sonoran"] }, h.Cad.DeleteRequests);
            Assert.Empty(h.Cad.Records);
            Assert.Empty(h.Tines.Records);
            Assert.Empty(h.QuickBlox.Records);
        }

        [Fact]
        public async Task Scheduled_deletes_survive_a_restart_and_run_when_due()
        {
            using var h = new RecordServiceHarness(version: "v2", durable: true);
            h.Bolo(minutes: 15);
            await h.Pump();
            Assert.Single(h.Cad.Records);
            Assert.Single(h.Tines.Records);
            Assert.Single(h.QuickBlox.Records);

            h.Restart();
            h.Time.Advance(TimeSpan.FromMinutes(16));
            await h.Pump();

            Assert.Empty(h.Cad.Records);
            Assert.Empty(h.Tines.Records);
            Assert.Empty(h.QuickBlox.Records);
            Assert.Equal(0, h.Outbox!.OpenCount);
        }

        [Fact]
        public async Task Creates_queued_before_a_restart_are_sent_after_it()
        {
            using var h = new RecordServiceHarness(version: "v2", durable: true);
            h.Cad.Failure = new DeliveryFailure(DeliveryFailureKind.Transient, "503", 503);
            h.Tines.Failure = new DeliveryFailure(DeliveryFailureKind.Transient, "503", 503);
            h.QuickBlox.Failure = new DeliveryFailure(DeliveryFailureKind.Transient, "503", 503);
            h.Bolo(minutes: 15);
            await h.Pump();

            h.Restart();
            h.Cad.Failure = h.Tines.Failure = h.QuickBlox.Failure = null;
            h.Time.Advance(TimeSpan.FromMinutes(5));
            await h.Pump();

            var sent = h.Cad.Records.Values.Single();
            Assert.Equal(10, sent.DeleteAfterMinutes); // what is left of its 15 minutes
            Assert.Single(h.Tines.Records);
            Assert.Single(h.QuickBlox.Records);

            await h.Run(TimeSpan.FromMinutes(10), Step);
            Assert.Empty(h.Cad.Records);
            Assert.Empty(h.Tines.Records);
            Assert.Empty(h.QuickBlox.Records);
        }

        [Fact]
        public async Task A_record_whose_lifetime_passed_before_it_could_be_created_is_not_created_anywhere()
        {
            using var h = new RecordServiceHarness(version: "v2");
            var outage = new DeliveryFailure(DeliveryFailureKind.Transient, "503", 503);
            h.Cad.Failure = h.Tines.Failure = h.QuickBlox.Failure = outage;
            var created = h.Bolo(minutes: 2);
            await h.Run(TimeSpan.FromMinutes(2), Step);
            h.Cad.Failure = h.Tines.Failure = h.QuickBlox.Failure = null;
            await h.Run(TimeSpan.FromMinutes(2), Step);

            Assert.Empty(h.Cad.Records);
            Assert.Empty(h.Tines.Records);
            Assert.Empty(h.QuickBlox.Records);
            foreach (var ticket in h.Service.Deliveries(created.Handle!)!.Values)
                Assert.Equal(DeliveryState.Dropped, (await ticket.Completion).State);
            Assert.Contains(h.Log.Messages(LogLevel.Warning), m => m.Contains("stale"));
            Assert.All(h.Service.GetStatus().Where(s => s.Endpoint == CadEndpoint.CreateRecord), s => Assert.Equal(1, s.Dropped[DropReason.Stale]));
        }

        [Fact]
        public async Task Deleting_early_deletes_everywhere_and_the_expiry_delete_then_finds_it_gone()
        {
            using var h = new RecordServiceHarness(version: "v2");
            var created = h.Bolo();
            await h.Pump();

            var deleting = h.Service.DeleteAsync(created.Handle!);
            await h.Pump();

            Assert.True(await deleting);
            Assert.Empty(h.Cad.Records);
            Assert.Empty(h.Tines.Records);
            Assert.Empty(h.QuickBlox.Records);
            Assert.Equal(0, h.Service.TrackedCount);

            await h.Run(TimeSpan.FromMinutes(31), TimeSpan.FromSeconds(30));
            Assert.Equal(2, h.Cad.DeleteRequests.Count); // early, then the scheduled one (gone = done)
            Assert.Equal(0, h.Service.GetStatus().Sum(s => s.Queued));
        }

        [Fact]
        public async Task Deleting_before_the_create_was_sent_withdraws_it_everywhere()
        {
            using var h = new RecordServiceHarness(version: "v2");
            var created = h.Bolo();

            Assert.True(await h.Service.DeleteAsync(created.Handle!));
            await h.Run(TimeSpan.FromMinutes(31), TimeSpan.FromMinutes(1));

            Assert.Empty(h.Cad.CreateRequests);
            Assert.Empty(h.Tines.CreateBatches);
            Assert.Empty(h.QuickBlox.CreateBatches);
            Assert.Empty(h.Cad.DeleteRequests);
            Assert.False(await h.Service.DeleteAsync(created.Handle!));
        }

        [Fact]
        public async Task A_failing_mirror_pauses_only_itself_and_delays_neither_Sonoran_nor_the_other_mirror()
        {
            using var h = new RecordServiceHarness(version: "v2");
            h.Tines.Failure = new DeliveryFailure(DeliveryFailureKind.Fatal, "Tines refused the API key", 401);
            var first = h.Bolo("A1");
            var second = h.Bolo("B2");
            await h.Pump();

            Assert.Equal(2, h.Cad.Records.Count);
            Assert.Equal(2, h.QuickBlox.Records.Count);
            Assert.Single(h.QuickBlox.CreateBatches); // batched
            var status = h.Service.GetStatus().ToDictionary(s => s.Name);
            Assert.True(status["tines.CreateRecord"].Paused);
            Assert.Equal(2, status["tines.CreateRecord"].Queued);
            Assert.False(status["CreateRecord"].Paused);
            Assert.False(status["quickblox.CreateRecord"].Paused);
            Assert.Contains(h.Log.Messages(LogLevel.Error), m => m.Contains("tines.CreateRecord") && m.Contains("PAUSED"));

            // Fixed: resume, and the held records go out.
            h.Tines.Failure = null;
            h.Service.ResumeMirror("tines");
            await h.Pump();
            Assert.Equal(2, h.Tines.Records.Count);
            Assert.Equal(DeliveryState.Accepted, (await h.Service.Deliveries(first.Handle!)!["tines"].Completion).State);

            await h.Run(TimeSpan.FromMinutes(31), TimeSpan.FromSeconds(30));
            Assert.Empty(h.Tines.Records);
            Assert.Empty(h.QuickBlox.Records);
            Assert.Empty(h.Cad.Records);
            Assert.NotNull(second.Handle);
        }

        [Fact]
        public async Task A_transient_mirror_failure_is_retried_with_backoff_while_Sonoran_goes_out()
        {
            using var h = new RecordServiceHarness(version: "v2");
            h.QuickBlox.Failure = new DeliveryFailure(DeliveryFailureKind.Transient, "QuickBlox is unavailable", 503);
            h.Bolo();
            await h.Pump();
            Assert.Single(h.Cad.Records);
            Assert.Single(h.Tines.Records);
            Assert.Empty(h.QuickBlox.Records);

            h.QuickBlox.Failure = null;
            await h.Run(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));
            Assert.Single(h.QuickBlox.Records);
            Assert.Equal(1, h.Service.GetStatus().Single(s => s.Name == "quickblox.CreateRecord").Retried);
        }

        [Fact]
        public async Task A_rejected_mirror_record_is_dropped_with_its_reason()
        {
            using var h = new RecordServiceHarness(version: "v2");
            h.Tines.Failure = new DeliveryFailure(DeliveryFailureKind.Rejected, "Tines rejected the record: unknown field", 422);
            var created = h.Bolo();
            await h.Pump();

            var result = await h.Service.Deliveries(created.Handle!)!["tines"].Completion;
            Assert.Equal(DeliveryState.Rejected, result.State);
            Assert.Contains("unknown field", result.Detail);
            Assert.Equal(1, h.Service.GetStatus().Single(s => s.Name == "tines.CreateRecord").Dropped[DropReason.RejectedByCad]);
            Assert.Single(h.Cad.Records);
        }

        [Fact]
        public void Unknown_templates_and_missing_values_are_refused_with_the_reason()
        {
            using var h = new RecordServiceHarness();
            var unknown = h.Service.Create("bol0", new PlaceholderValues(), RecordServiceHarness.Owner);
            Assert.False(unknown.Succeeded);
            Assert.Contains("bolo", unknown.Errors.Single());

            var missing = h.Service.Create("bolo", new PlaceholderValues { Args = new[] { "ABC" } }, RecordServiceHarness.Owner);
            Assert.False(missing.Succeeded);
            Assert.Contains(missing.Errors, e => e.Contains("arg2"));
            Assert.Equal(0, h.Service.GetStatus().Sum(s => s.Queued));
        }

        [Fact]
        public async Task A_raw_record_goes_to_Sonoran_only()
        {
            using var h = new RecordServiceHarness();
            var raw = Newtonsoft.Json.Linq.JObject.Parse("{\"type\":2,\"name\":\"Warrant\",\"sections\":[]}");
            var created = h.Service.CreateRaw(RecordServiceHarness.Owner, raw, 5);
            await h.Pump();

            var sent = h.Cad.Records.Values.Single();
            Assert.Equal("Warrant", (string?)sent.RawRecord!["name"]);
            Assert.Equal(5, sent.DeleteAfterMinutes);
            Assert.Empty(h.Tines.CreateBatches);
            Assert.Equal(new[] { "sonoran" }, h.Service.RemoteIds(created.Handle!).Keys);
        }

        [Fact]
        public async Task LogCall_fills_the_named_template_from_the_call()
        {
            using var h = new RecordServiceHarness();
            var call = new EmergencyCall(true, "John Doe", "Vinewood Blvd", "shots fired", 30, new Dictionary<string, string> { ["postal"] = "123" });
            var logged = h.Service.LogCall("log911", call, RecordServiceHarness.Owner);
            await h.Pump();

            Assert.True(logged.Succeeded);
            var sent = h.Cad.Records.Values.Single();
            Assert.Equal(5, sent.RecordTypeId);
            Assert.Equal("John Doe", sent.ReplaceValues!["who"]);
            Assert.Equal("Vinewood Blvd (123)", sent.ReplaceValues["where"]);
            Assert.Equal(60, sent.DeleteAfterMinutes);
            Assert.False(h.Service.LogCall("nosuch", call, RecordServiceHarness.Owner).Succeeded);
        }

        [Fact]
        public void The_service_adds_its_mirror_lanes_to_the_dispatcher_status()
        {
            using var h = new RecordServiceHarness();
            var names = h.Dispatcher.GetStatus().Select(s => s.Name).ToList();
            Assert.Contains("tines.CreateRecord", names);
            Assert.Contains("tines.DeleteRecord", names);
            Assert.Contains("quickblox.CreateRecord", names);
            Assert.Contains("quickblox.DeleteRecord", names);
            var tines = h.Dispatcher.GetStatus("tines.CreateRecord");
            Assert.Equal(200, tines.PermitsPerWindow); // half of 400/min; the other half deletes
            Assert.Equal(CadEndpoint.CreateRecord, tines.Endpoint);
        }
    }
}
