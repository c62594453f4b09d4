using SonoranFiveM.Core.Tracking;
using SonoranFiveM.IntegrationTests.Composition;
using SonoranFiveM.IntegrationTests.Emulator;

namespace SonoranFiveM.IntegrationTests.Tracking;

/// <summary>The vehicle on the CAD's live map: a model name with its heading offset, never a model hash.</summary>
public class LiveMapVehicleTests
{
    [Fact]
    public async Task A_unit_in_a_known_vehicle_appears_with_its_model_name_and_in_an_unknown_one_without_a_vehicle()
    {
        await using var h = await IntegrationHarness.StartAsync(
            "\"location\": { \"vehicleModels\": { \"mycharger\": \"police3\" }, \"vehicleHeadingOffset\": 90 }");
        h.Emulator.State.AddUnit("a1", name: "Officer A");
        h.Emulator.State.AddUnit("b2", name: "Officer B");
        h.Emulator.State.AddUnit("c3", name: "Officer C");
        h.Integration.PlayerJoined(1, "license:a1");
        h.Integration.PlayerJoined(2, "license:b2");
        h.Integration.PlayerJoined(3, "license:c3");
        Assert.True(await h.Integration.Roster.RefreshAsync());

        var positions = new PlayerPosition[3];
        await h.RunAsync(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(1), () =>
        {
            positions[0] = new PlayerPosition(1, 10f, 20f, 30f, 0f, 1912215274);                         // police3
            positions[1] = new PlayerPosition(2, 40f, 50f, 30f, 0f, VehicleModelNames.HashOf("MyCharger")); // owner's addon
            positions[2] = new PlayerPosition(3, 70f, 80f, 30f, 0f, VehicleModelNames.HashOf("adder"));     // unknown
            h.Integration.Sample(h.Integration.Units, positions, 3);
        });

        var a = h.Emulator.State.FindUnit("a1")!;
        var b = h.Emulator.State.FindUnit("b2")!;
        var c = h.Emulator.State.FindUnit("c3")!;
        Assert.Equal("police3", a.VehicleModel);
        Assert.Equal(90, a.VehicleHeadingOffset);
        Assert.Equal("police3", b.VehicleModel);
        Assert.NotNull(c.LastLocationUpdate);
        Assert.Null(c.VehicleModel);
    }

    [Theory]
    [InlineData("1912215274")]
    [InlineData("-1627000575")]
    public async Task The_emulator_refuses_a_model_hash_as_the_cad_cannot_draw_it(string model)
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.State.AddUnit("license:aaa");

        var response = await h.V2Async("PATCH", "/v2/emergency/servers/1/unit-locations", new JsonObject
        {
            ["updates"] = new JsonArray(new JsonObject
            {
                ["communityUserId"] = "license:aaa",
                ["location"] = "Mission Row",
                ["coordinates"] = new JsonObject { ["x"] = 1.0, ["y"] = 2.0, ["z"] = 3.0, ["w"] = 4.0 },
                ["vehicle"] = new JsonObject { ["model"] = model, ["headingOffset"] = 0 },
            }),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("not a model hash", (string)(await EmulatorHarness.ReadJsonAsync(response))["detail"]!);
        Assert.Null(h.Emulator.State.FindUnit("license:aaa")!.LastLocationUpdate);
    }
}
