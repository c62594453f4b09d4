using SonoranFiveM.Core.Tests.Cad.TestSupport;
using static SonoranFiveM.Core.Tests.Cad.TestSupport.CadHarness;

namespace SonoranFiveM.Core.Tests.Cad
{
    public class CadApiV2Tests
    {
        private readonly CadHarness _harness = new CadHarness();
        private readonly ICadApi _api;

        public CadApiV2Tests()
        {
            _api = _harness.Create("v2");
        }

        private RecordingTransport Transport => _harness.Transport;

        [Fact]
        public void Reports_version_and_one_record_per_request()
        {
            Assert.Equal("v2", _api.ApiVersion);
            Assert.Equal(1, _api.MaxRecordsPerRequest);
        }

        [Fact]
        public async Task UpdateUnitLocations_gives_the_pooled_body_back_after_the_send()
        {
            HttpRequest? sent = null;
            string? seenByTransport = null;
            Transport.Reply(200, "{}");
            var original = Transport.Default;
            Transport.Default = request =>
            {
                sent = request;
                seenByTransport = request.Body!.ToText();
                return original(request);
            };

            var result = await _api.UpdateUnitLocationsAsync(new[] { new UnitLocation("license:abc", "Alta St", 1f, 2f, 3f, 4f) });
            Assert.True(result.IsAccepted);
            result = await _api.UpdateUnitLocationsAsync(new[] { new UnitLocation("license:def", "Route 68", 5f, 6f, 7f, 8f) });

            Assert.True(result.IsAccepted);
            Assert.Contains("license:def", seenByTransport);
            Assert.Throws<ObjectDisposedException>(() => sent!.Body!.Bytes);
        }

        [Fact]
        public async Task UpdateUnitLocations_patches_updates_with_coordinates_and_optional_vehicle()
        {
            Transport.Reply(200, "{\"updated\":2}");
            var result = await _api.UpdateUnitLocationsAsync(new[]
            {
                new UnitLocation("license:abc", "[9001] Alta St", 441.2f, -981.9f, 30.7f, 90f, "police3"),
                new UnitLocation("license:def", "Vespucci Blvd", 1f, 2f, 3f, 180.5f),
            });

            Assert.True(result.IsAccepted);
            var request = Transport.Last;
            Assert.Equal("PATCH", request.Method);
            Assert.Equal(BaseUrl + "/v2/emergency/servers/3/unit-locations", request.Url);
            AssertV2Headers(request, hasBody: true);
            JsonEqual(@"{""updates"":[
                {""communityUserId"":""license:abc"",""location"":""[9001] Alta St"",""coordinates"":{""x"":441.2,""y"":-981.9,""z"":30.7,""w"":90.0},""vehicle"":{""model"":""police3"",""headingOffset"":0.0}},
                {""communityUserId"":""license:def"",""location"":""Vespucci Blvd"",""coordinates"":{""x"":1.0,""y"":2.0,""z"":3.0,""w"":180.5}}]}", request.Body!.ToText());
        }

        [Fact]
        public async Task Heartbeat_posts_player_count()
        {
            var result = await _api.SendHeartbeatAsync(42);

            Assert.True(result.IsAccepted);
            Assert.Equal("POST", Transport.Last.Method);
            Assert.Equal(BaseUrl + "/v2/general/servers/3/heartbeat", Transport.Last.Url);
            AssertV2Headers(Transport.Last, hasBody: true);
            JsonEqual("{\"playerCount\":42}", Transport.Last.Body!.ToText());
        }

        [Fact]
        public async Task Create911Call_posts_string_metadata_and_returns_call_id()
        {
            Transport.Reply(200, "{\"callId\":302,\"isEmergency\":true,\"metaData\":{\"x\":\"425.1\"},\"updated\":\"2026-04-08T21:31:00Z\"}");
            var call = new EmergencyCall(true, "Jane Doe", "Alta St / Integrity Way", "Shots fired", 15,
                new Dictionary<string, string> { ["x"] = "425.1", ["y"] = "-979.2", ["postal"] = "9001", ["outboxId"] = "ob-7" });

            var result = await _api.Create911CallAsync(call);

            Assert.True(result.IsAccepted);
            Assert.Equal(302L, result.Value);
            Assert.Equal("POST", Transport.Last.Method);
            Assert.Equal(BaseUrl + "/v2/emergency/servers/3/calls/911", Transport.Last.Url);
            AssertV2Headers(Transport.Last, hasBody: true);
            JsonEqual(@"{""isEmergency"":true,""caller"":""Jane Doe"",""location"":""Alta St / Integrity Way"",""description"":""Shots fired"",
                ""deleteAfterMinutes"":15,""metaData"":{""x"":""425.1"",""y"":""-979.2"",""postal"":""9001"",""outboxId"":""ob-7""}}", Transport.Last.Body!.ToText());
            Assert.All(((JObject)JObject.Parse(Transport.Last.Body!.ToText())["metaData"]!).Properties(), p => Assert.Equal(JTokenType.String, p.Value.Type));
        }

        [Fact]
        public async Task Create911Call_without_ttl_omits_deleteAfterMinutes()
        {
            Transport.Reply(200, "{\"callId\":5}");
            await _api.Create911CallAsync(new EmergencyCall(false, "Caller", "Here", "Noise", null, new Dictionary<string, string>()));

            Assert.Null(JObject.Parse(Transport.Last.Body!.ToText())["deleteAfterMinutes"]);
            Assert.False(JObject.Parse(Transport.Last.Body!.ToText()).Value<bool>("isEmergency"));
        }

        [Fact]
        public async Task Create911Call_with_unreadable_success_body_is_accepted_without_id()
        {
            Transport.Reply(200, "{not json");
            var result = await _api.Create911CallAsync(new EmergencyCall(true, "C", "L", "D", null, new Dictionary<string, string>()));

            Assert.True(result.IsAccepted);
            Assert.Equal(0L, result.Value);
            Assert.Single(Transport.Requests);
        }

        [Fact]
        public async Task Remove911Call_deletes_without_body()
        {
            Transport.Reply(200, "{\"callId\":302,\"serverId\":3}");
            var result = await _api.Remove911CallAsync(302);

            Assert.True(result.IsAccepted);
            Assert.Equal("DELETE", Transport.Last.Method);
            Assert.Equal(BaseUrl + "/v2/emergency/servers/3/calls/911/302", Transport.Last.Url);
            AssertV2Headers(Transport.Last, hasBody: false);
        }

        [Fact]
        public async Task Remove911Call_already_gone_counts_as_accepted()
        {
            Transport.Reply(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Call not found.\"}");
            Assert.True((await _api.Remove911CallAsync(302)).IsAccepted);
        }

        [Fact]
        public async Task SetUnitPanic_patches_communityUserIds_array()
        {
            var result = await _api.SetUnitPanicAsync("license:abc", true);

            Assert.True(result.IsAccepted);
            Assert.Equal("PATCH", Transport.Last.Method);
            Assert.Equal(BaseUrl + "/v2/emergency/servers/3/units/panic", Transport.Last.Url);
            AssertV2Headers(Transport.Last, hasBody: true);
            JsonEqual("{\"communityUserIds\":[\"license:abc\"],\"isPanic\":true}", Transport.Last.Body!.ToText());
        }

        [Fact]
        public async Task SetUnitStatus_patches_communityUserIds_array()
        {
            Transport.Reply(200, "{\"updated\":1,\"status\":\"ENROUTE\"}");
            var result = await _api.SetUnitStatusAsync("license:abc", 3);

            Assert.True(result.IsAccepted);
            Assert.Equal("PATCH", Transport.Last.Method);
            Assert.Equal(BaseUrl + "/v2/emergency/servers/3/units/status", Transport.Last.Url);
            JsonEqual("{\"communityUserIds\":[\"license:abc\"],\"status\":3}", Transport.Last.Body!.ToText());
        }

        [Fact]
        public async Task CreateRecords_from_template_posts_dictionary_body_with_ttl_and_returns_id()
        {
            Transport.Reply(200, "{\"recordTypeId\":12,\"id\":451,\"name\":\"Incident Report\",\"type\":9,\"sections\":[]}");
            var record = RecordRequest.FromTemplate("license:abc", 12, new Dictionary<string, string> { ["plate"] = "ABC123" }, 30);

            var result = await _api.CreateRecordsAsync(new[] { record });

            Assert.True(result.IsAccepted);
            Assert.Equal(new[] { "451" }, result.Value);
            Assert.Equal("POST", Transport.Last.Method);
            Assert.Equal(BaseUrl + "/v2/general/records", Transport.Last.Url);
            AssertV2Headers(Transport.Last, hasBody: true);
            JsonEqual(@"{""communityUserId"":""license:abc"",""useDictionary"":true,""recordTypeId"":12,
                ""replaceValues"":{""plate"":""ABC123""},""deleteAfterMinutes"":30}", Transport.Last.Body!.ToText());
        }

        [Fact]
        public async Task CreateRecords_raw_posts_record_without_ttl()
        {
            var raw = JObject.Parse("{\"type\":9,\"name\":\"Note\",\"sections\":[]}");
            await _api.CreateRecordsAsync(new[] { RecordRequest.Raw("license:abc", raw, null) });

            JsonEqual(@"{""communityUserId"":""license:abc"",""useDictionary"":false,""record"":{""type"":9,""name"":""Note"",""sections"":[]}}", Transport.Last.Body!.ToText());
        }

        [Fact]
        public async Task CreateRecords_refuses_more_than_one_record()
        {
            var record = RecordRequest.FromTemplate("u", 7, new Dictionary<string, string>(), null);
            await Assert.ThrowsAsync<System.ArgumentOutOfRangeException>(() => _api.CreateRecordsAsync(new[] { record, record }));
            Assert.Empty(Transport.Requests);
        }

        [Fact]
        public async Task DeleteRecord_deletes_escaped_id_and_treats_404_as_gone()
        {
            Transport.Reply(200, "{\"recordId\":451}").Reply(404, "");

            Assert.True((await _api.DeleteRecordAsync("451")).IsAccepted);
            Assert.Equal("DELETE", Transport.Last.Method);
            Assert.Equal(BaseUrl + "/v2/general/records/451", Transport.Last.Url);
            AssertV2Headers(Transport.Last, hasBody: false);

            Assert.True((await _api.DeleteRecordAsync("a/b")).IsAccepted);
            Assert.Equal(BaseUrl + "/v2/general/records/a%2Fb", Transport.Last.Url);
        }

        [Fact]
        public async Task GetActiveUnits_gets_page_and_parses_units()
        {
            Transport.Reply(200, @"[{""id"":12,""accId"":""0000"",""status"":3,""isPanic"":true,""location"":""Mission Row"",
                ""data"":{""unitNum"":""A-10"",""name"":""John Doe"",""communityUserId"":""license:abc""},""isDispatch"":false},
                {""id"":13,""status"":""AVAILABLE"",""isPanic"":false,""data"":{""communityUserId"":""license:def""}}]");

            var result = await _api.GetActiveUnitsAsync(50, 100);

            Assert.True(result.IsAccepted);
            Assert.Equal("GET", Transport.Last.Method);
            Assert.Equal(BaseUrl + "/v2/emergency/servers/3/units?includeOffline=false&onlyUnits=true&limit=50&offset=100", Transport.Last.Url);
            AssertV2Headers(Transport.Last, hasBody: false);
            Assert.Equal(2, result.Value.Count);
            var first = result.Value[0];
            Assert.Equal(12L, first.Id);
            Assert.Equal("license:abc", first.CommunityUserId);
            Assert.Equal(3, first.Status);
            Assert.True(first.IsPanic);
            Assert.Equal("A-10", first.UnitNumber);
            Assert.Equal("John Doe", first.Name);
            Assert.Equal(2, result.Value[1].Status);
        }

        [Fact]
        public async Task GetActiveUnits_with_unreadable_body_is_transient()
        {
            Transport.Reply(200, "<html>oops</html>");
            var result = await _api.GetActiveUnitsAsync();

            Assert.Equal(DeliveryFailureKind.Transient, result.Failure!.Kind);
            Assert.Equal(200, result.Failure.StatusCode);
        }

        [Fact]
        public async Task GetVersion_parses_level_and_name()
        {
            Transport.Reply(200, "{\"version\":3,\"name\":\"PLUS\"}");
            var result = await _api.GetVersionAsync();

            Assert.Equal("GET", Transport.Last.Method);
            Assert.Equal(BaseUrl + "/v2/general/version", Transport.Last.Url);
            AssertV2Headers(Transport.Last, hasBody: false);
            Assert.Equal(3, result.Value.Level);
            Assert.Equal("PLUS", result.Value.Name);
        }

        [Fact]
        public async Task Problem_json_rejection_keeps_title_detail_and_trace_id()
        {
            Transport.Reply(400, "{\"type\":\"https://httpstatuses.com/400\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"caller is required.\",\"traceId\":\"00-abc123-01\"}",
                Headers(("Content-Type", "application/problem+json")));

            var result = await _api.Create911CallAsync(new EmergencyCall(true, "", "L", "D", null, new Dictionary<string, string>()));

            Assert.False(result.IsAccepted);
            Assert.Equal(DeliveryFailureKind.Rejected, result.Failure!.Kind);
            Assert.Equal(400, result.Failure.StatusCode);
            Assert.Contains("Bad Request: caller is required.", result.Failure.Message);
            Assert.Equal("00-abc123-01", result.Failure.RequestId);
        }

        [Fact]
        public async Task Unauthorized_is_fatal()
        {
            Transport.Reply(401, "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"API key invalid.\",\"traceId\":\"t-1\"}");
            var result = await _api.SendHeartbeatAsync(1);

            Assert.Equal(DeliveryFailureKind.Fatal, result.Failure!.Kind);
            Assert.Contains("API key invalid.", result.Failure.Message);
        }

        [Fact]
        public async Task Unknown_server_id_404_is_fatal_outside_deletes()
        {
            Transport.Reply(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Server 3 is not configured.\"}");
            var result = await _api.SetUnitPanicAsync("license:abc", true);

            Assert.Equal(DeliveryFailureKind.Fatal, result.Failure!.Kind);
            Assert.Contains("Server 3 is not configured.", result.Failure.Message);
        }

        [Fact]
        public async Task Gateway_429_with_delta_seconds_is_rate_limited_until_then()
        {
            Transport.Reply(429, "{\"message\":\"API rate limit exceeded\",\"request_id\":\"req-9\"}", Headers(("Retry-After", "120")));
            var result = await _api.UpdateUnitLocationsAsync(new UnitLocation[0]);

            Assert.Equal(DeliveryFailureKind.RateLimited, result.Failure!.Kind);
            Assert.Equal(TestClock.Epoch.AddSeconds(120), result.Failure.RetryAt);
            Assert.Equal("req-9", result.Failure.RequestId);
            Assert.Contains("API rate limit exceeded", result.Failure.Message);
        }

        [Fact]
        public async Task Gateway_429_with_http_date_is_rate_limited_until_that_date()
        {
            Transport.Reply(429, "{\"message\":\"API rate limit exceeded\"}", Headers(("Retry-After", "Sat, 01 Aug 2026 12:05:00 GMT")));
            var result = await _api.UpdateUnitLocationsAsync(new UnitLocation[0]);

            Assert.Equal(DeliveryFailureKind.RateLimited, result.Failure!.Kind);
            Assert.Equal(TestClock.Epoch.AddMinutes(5), result.Failure.RetryAt);
        }

        [Fact]
        public async Task Gateway_429_without_retry_after_has_no_retry_time()
        {
            Transport.Reply(429, "{\"message\":\"API rate limit exceeded\",\"request_id\":\"r\"}");
            var result = await _api.UpdateUnitLocationsAsync(new UnitLocation[0]);

            Assert.Equal(DeliveryFailureKind.RateLimited, result.Failure!.Kind);
            Assert.Null(result.Failure.RetryAt);
        }

        [Fact]
        public async Task Server_errors_and_network_failures_are_transient()
        {
            Transport.Reply(503, "upstream down").ReplyNoResponse("Connection refused").ReplyNoResponse("timeout", timedOut: true);

            var five = await _api.SendHeartbeatAsync(1);
            var refused = await _api.SendHeartbeatAsync(1);
            var timedOut = await _api.SendHeartbeatAsync(1);

            Assert.Equal(DeliveryFailureKind.Transient, five.Failure!.Kind);
            Assert.Equal(503, five.Failure.StatusCode);
            Assert.Equal(DeliveryFailureKind.Transient, refused.Failure!.Kind);
            Assert.Null(refused.Failure.StatusCode);
            Assert.Contains("Connection refused", refused.Failure.Message);
            Assert.Equal(DeliveryFailureKind.Transient, timedOut.Failure!.Kind);
            Assert.Contains("in time", timedOut.Failure.Message);
        }

        [Fact]
        public async Task Backend_service_banner_is_a_fatal_wrong_url()
        {
            Transport.Reply(200, "Sonoran CAD: Backend Service Reached");
            var result = await _api.SendHeartbeatAsync(1);

            Assert.Equal(DeliveryFailureKind.Fatal, result.Failure!.Kind);
            Assert.Contains("base URL", result.Failure.Message);
        }

        [Fact]
        public async Task Trailing_slash_in_base_url_does_not_double()
        {
            var api = _harness.Create("v2", configure: o => o.BaseUrl = BaseUrl + "/");
            await api.GetVersionAsync();
            Assert.Equal(BaseUrl + "/v2/general/version", Transport.Last.Url);
        }
    }
}
