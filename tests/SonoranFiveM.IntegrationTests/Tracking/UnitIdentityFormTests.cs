using SonoranFiveM.Core.Tracking;
using SonoranFiveM.Emulator.Operations;
using SonoranFiveM.IntegrationTests.Cad;

namespace SonoranFiveM.IntegrationTests.Tracking;

/// <summary>
/// The roster over the real client and real HTTP, against an emulator answering the active-unit list in each form the
/// live CAD uses: whichever form it is, the player is a unit.
/// </summary>
public class UnitIdentityFormTests
{
    [Theory]
    [InlineData("v2", UnitIdForm.CommunityUserId)]
    [InlineData("v2", UnitIdForm.CommunityUserIds)]
    [InlineData("v2", UnitIdForm.ApiIds)]
    [InlineData("v2", UnitIdForm.ApiId1)]
    [InlineData("v2", UnitIdForm.All)]
    [InlineData("v1", UnitIdForm.CommunityUserId)]
    [InlineData("v1", UnitIdForm.CommunityUserIds)]
    [InlineData("v1", UnitIdForm.ApiIds)]
    [InlineData("v1", UnitIdForm.ApiId1)]
    [InlineData("v1", UnitIdForm.All)]
    public async Task A_unit_is_recognised_in_every_form_the_cad_answers_in(string version, UnitIdForm form)
    {
        await using var h = await CadClientHarness.StartAsync(o => o.UnitIdForm = form);
        h.Emulator.State.AddUnit("4f1c0ffee", name: "Alice", status: 2);
        h.Emulator.State.AddUnit("9b2beef", name: "Bob", status: 2, apiIds: new[] { "steam-b" });
        using var roster = new UnitRoster(h.Client(version), new UnitRosterOptions(), h.Time, h.Log);
        roster.RegisterPlayer(1, "4f1c0ffee");
        roster.RegisterPlayer(2, "9b2beef");
        roster.RegisterPlayer(3, "not-in-cad");

        Assert.True(await roster.RefreshAsync());

        Assert.True(roster.IsUnit(1));
        Assert.False(roster.IsUnit(3));
        // Bob's first listed id is his API id in the v1 forms; his communityUserId still counts wherever the CAD lists it.
        Assert.Equal(form != UnitIdForm.ApiId1, roster.IsUnit(2));
    }
}
