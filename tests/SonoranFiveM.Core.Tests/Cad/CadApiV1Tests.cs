using SonoranFiveM.Core.Tests.Cad.TestSupport;
using static SonoranFiveM.Core.Tests.Cad.TestSupport.CadHarness;

namespace SonoranFiveM.Core.Tests.Cad
{
    public class CadApiV1Tests
    {
        private readonly CadHarness _harness = new CadHarness();
        private readonly ICadApi _api;

        public CadApiV1Tests()
        {
            _api = _harness.Create("v1");
        }

        private RecordingTransport Transport => _harness.Transport;

        private static void AssertEnvelope(HttpRequest request, string path, string type, string data)
        {
            Assert.Equal("POST", request.Method);
            Assert.Equal(BaseUrl + path, request.Url);
            Assert.Equal(new[] { "Content-Type" }, request.Headers.Keys.ToArray());
            Assert.Equal("application/json", request.Headers["Content-Type"]);
            JsonEqual($"{{\"id\":\"{CommunityId}\",\"key\":\"{ApiKey}\",\"type\":\"{type}\",\"data\":{data}}}", request.Body!.ToText());
        }

        [Fact]
        public void Reports_version_and_batch_size()
        {
            Assert.Equal("v1", _api.ApiVersion);
            Assert.Equal(10, _api.MaxRecordsPerRequest);
            Assert.Equal(4, _harness.Create("v1", configure: o => o.V1MaxRecordsPerRequest = 4).MaxRecordsPerRequest);
        }

        [Fact]
        public async Task UnitLocations_send_apiId_location_and_xy()
        {
            Transport.Reply(200, "UNIT LOCATION UPDATED");
            var result = await _api.UpdateUnitLocationsAsync(new[]
            {
                new UnitLocation("license:abc", "Alta St", 441.5f, -981.25f, 30f, 90f, "police3"),
                new UnitLocation("license:def", "Vespucci", 1f, 2f, 3f, 4f),
            });

            Assert.True(result.IsAccepted);
            AssertEnvelope(Transport.Last, "/emergency/unit_location", "UNIT_LOCATION",
                @"[{""apiId"":""license:abc"",""location"":""Alta St"",""coordinates"":{""x"":441.5,""y"":-981.25}},
                   {""apiId"":""license:def"",""location"":""Vespucci"",""coordinates"":{""x"":1.0,""y"":2.0}}]");
        }

        [Fact]
        public async Task Heartbeat_sends_legacy_object_payload()
        {
            Assert.True((await _api.SendHeartbeatAsync(17)).IsAccepted);
            AssertEnvelope(Transport.Last, "/general/heartbeat", "HEARTBEAT", "{\"serverId\":3,\"playerCount\":17}");
        }

        [Fact]
        public async Task Call911_sends_item_and_parses_id_from_text()
        {
            Transport.Reply(200, "EMERGENCY CALL ADDED ID: 1234");
            var call = new EmergencyCall(true, "Jane", "Alta St", "Fire", 20, new Dictionary<string, string> { ["x"] = "1.5", ["postal"] = "9001" });

            var result = await _api.Create911CallAsync(call);

            Assert.True(result.IsAccepted);
            Assert.Equal(1234L, result.Value);
            AssertEnvelope(Transport.Last, "/emergency/call_911", "CALL_911",
                @"[{""serverId"":3,""isEmergency"":true,""caller"":""Jane"",""location"":""Alta St"",""description"":""Fire"",
                    ""metaData"":{""x"":""1.5"",""postal"":""9001""},""deleteAfterMinutes"":20}]");
        }

        [Fact]
        public async Task Remove911_sends_server_and_call_id()
        {
            Transport.Reply(200, "API ID(s) set!");
            Assert.True((await _api.Remove911CallAsync(77)).IsAccepted);
            AssertEnvelope(Transport.Last, "/emergency/remove_911", "REMOVE_911", "[{\"serverId\":3,\"callId\":77}]");
        }

        [Fact]
        public async Task Panic_and_status_target_apiId()
        {
            Transport.Reply(200, "UNIT PANIC UPDATED").Reply(200, "UNIT STATUS UPDATED");

            Assert.True((await _api.SetUnitPanicAsync("license:abc", true)).IsAccepted);
            AssertEnvelope(Transport.Last, "/emergency/unit_panic", "UNIT_PANIC", "[{\"apiId\":\"license:abc\",\"isPanic\":true}]");

            Assert.True((await _api.SetUnitStatusAsync("license:abc", 4)).IsAccepted);
            AssertEnvelope(Transport.Last, "/emergency/unit_status", "UNIT_STATUS", "[{\"apiId\":\"license:abc\",\"status\":4,\"serverId\":3}]");
        }

        [Fact]
        public async Task NewRecord_batches_several_records_in_one_data_array()
        {
            Transport.Reply(200, "[{\"id\":501},{\"id\":502}]");
            var records = new[]
            {
                RecordRequest.FromTemplate("license:abc", 7, new Dictionary<string, string> { ["first"] = "Brian", ["last"] = "Sosnowski" }, 30),
                RecordRequest.Raw("license:def", JObject.Parse("{\"name\":\"Raw\"}"), null),
            };

            var result = await _api.CreateRecordsAsync(records);

            Assert.True(result.IsAccepted);
            Assert.Equal(new[] { "501", "502" }, result.Value);
            Assert.Single(Transport.Requests);
            AssertEnvelope(Transport.Last, "/general/new_record", "NEW_RECORD",
                @"[{""user"":""license:abc"",""useDictionary"":true,""recordTypeId"":7,""replaceValues"":{""first"":""Brian"",""last"":""Sosnowski""},""deleteAfterMinutes"":30},
                   {""user"":""license:def"",""useDictionary"":false,""record"":{""name"":""Raw""}}]");
        }

        [Fact]
        public async Task NewRecord_with_undocumented_reply_shape_gives_null_ids()
        {
            Transport.Reply(200, "RECORD ADDED");
            var record = RecordRequest.FromTemplate("u", 7, new Dictionary<string, string>(), null);

            var result = await _api.CreateRecordsAsync(new[] { record, record });

            Assert.True(result.IsAccepted);
            Assert.Equal(new string?[] { null, null }, result.Value);
        }

        [Fact]
        public async Task NewRecord_refuses_more_than_the_batch_size()
        {
            var record = RecordRequest.FromTemplate("u", 7, new Dictionary<string, string>(), null);
            await Assert.ThrowsAsync<System.ArgumentOutOfRangeException>(() => _api.CreateRecordsAsync(Enumerable.Repeat(record, 11).ToArray()));
            Assert.Empty(Transport.Requests);
        }

        [Fact]
        public async Task RemoveRecord_sends_numeric_id()
        {
            Transport.Reply(200, "REMOVED RECORD 501");
            Assert.True((await _api.DeleteRecordAsync("501")).IsAccepted);
            AssertEnvelope(Transport.Last, "/general/remove_record", "REMOVE_RECORD", "[{\"id\":501}]");
        }

        [Fact]
        public async Task GetActiveUnits_sends_paging_and_reads_apiId()
        {
            Transport.Reply(200, @"[{""id"":9,""status"":2,""isPanic"":false,""data"":{""apiId1"":""license:abc"",""unitNum"":""1A"",""name"":""Jo""}}]");

            var result = await _api.GetActiveUnitsAsync(25, 50);

            AssertEnvelope(Transport.Last, "/emergency/get_active_units", "GET_ACTIVE_UNITS",
                "[{\"serverId\":3,\"onlyUnits\":true,\"includeOffline\":false,\"limit\":25,\"offset\":50}]");
            var unit = Assert.Single(result.Value);
            Assert.Equal("license:abc", unit.CommunityUserId);
            Assert.Equal("1A", unit.UnitNumber);
            Assert.Equal(2, unit.Status);
        }

        [Theory]
        [InlineData("3 - PLUS", 3, "PLUS")]
        [InlineData("2", 2, "STANDARD")]
        [InlineData("6 - SONORAN ONE", 6, "SONORAN ONE")]
        public async Task GetVersion_parses_plain_text(string body, int level, string name)
        {
            Transport.Reply(200, body);
            var result = await _api.GetVersionAsync();

            AssertEnvelope(Transport.Last, "/general/get_version", "GET_VERSION", "[]");
            Assert.Equal(level, result.Value.Level);
            Assert.Equal(name, result.Value.Name);
        }

        [Theory]
        [InlineData("INVALID API KEY")]
        [InlineData("INVALID COMMUNITY ID")]
        [InlineData("API IS NOT ENABLED FOR THIS COMMUNITY")]
        [InlineData("INVALID REQUEST TYPE")]
        public async Task Documented_400_strings_are_fatal(string text)
        {
            Transport.Reply(400, text);
            var result = await _api.SendHeartbeatAsync(1);

            Assert.Equal(DeliveryFailureKind.Fatal, result.Failure!.Kind);
            Assert.Equal(400, result.Failure.StatusCode);
            Assert.Contains(text, result.Failure.Message);
        }

        [Fact]
        public async Task Other_400_text_is_rejected_with_the_text_kept()
        {
            Transport.Reply(400, "MISSING CALLER");
            var result = await _api.Create911CallAsync(new EmergencyCall(true, "", "L", "D", null, new Dictionary<string, string>()));

            Assert.Equal(DeliveryFailureKind.Rejected, result.Failure!.Kind);
            Assert.Contains("MISSING CALLER", result.Failure.Message);
        }

        [Theory]
        [InlineData("Backend Service Reached")]
        [InlineData("Sonoran CAD: Backend Service Reached")]
        public async Task Backend_service_reached_is_a_fatal_wrong_url_not_success(string body)
        {
            Transport.Reply(200, body);
            var result = await _api.Create911CallAsync(new EmergencyCall(true, "C", "L", "D", null, new Dictionary<string, string>()));

            Assert.False(result.IsAccepted);
            Assert.Equal(DeliveryFailureKind.Fatal, result.Failure!.Kind);
            Assert.Contains("base URL", result.Failure.Message);
        }

        [Fact]
        public async Task Rate_limit_and_outage_are_classified()
        {
            Transport.Reply(429, "", Headers(("Retry-After", "60"))).Reply(502, "Bad Gateway");

            var limited = await _api.SetUnitPanicAsync("u", false);
            var outage = await _api.SetUnitPanicAsync("u", false);

            Assert.Equal(DeliveryFailureKind.RateLimited, limited.Failure!.Kind);
            Assert.Equal(TestClock.Epoch.AddSeconds(60), limited.Failure.RetryAt);
            Assert.Equal(DeliveryFailureKind.Transient, outage.Failure!.Kind);
        }
    }
}
