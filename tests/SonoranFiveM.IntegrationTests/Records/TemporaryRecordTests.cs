using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.IntegrationTests.Records;

public sealed class TemporaryRecordTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_temporary_record_disappears_from_Sonoran_Tines_and_QuickBlox_when_due()
    {
        await using var rig = await RecordsRig.StartAsync("v2");
        var created = rig.Bolo("ABC123", minutes: 10);
        await rig.PumpAsync();

        Assert.Single(rig.Cad.State.Records);
        Assert.Single(rig.Cad.State.TinesRecords);
        Assert.Single(rig.Cad.State.QuickBloxRecords);
        Assert.Equal(new[] { "quickblox", "sonoran", "tines" }, rig.Service.RemoteIds(created.Handle!).Keys.OrderBy(k => k));

        await rig.RunAsync(TimeSpan.FromMinutes(10) - Step, Step);
        Assert.Single(rig.Cad.State.TinesRecords);
        Assert.Single(rig.Cad.State.QuickBloxRecords);

        await rig.RunAsync(Step, Step);
        Assert.Empty(rig.Cad.State.Records);
        Assert.Empty(rig.Cad.State.TinesRecords);
        Assert.Empty(rig.Cad.State.QuickBloxRecords);
        Assert.Single(rig.Cad.Requests.For(EndpointNames.DeleteRecord)); // v2: the explicit delete went out (gone counts as done)
        Assert.Equal(0, rig.Outbox.OpenCount);
    }

    [Fact]
    public async Task A_temporary_record_is_deleted_everywhere_when_due_across_a_restart()
    {
        await using var rig = await RecordsRig.StartAsync("v2");
        rig.Bolo("ABC123", minutes: 10);
        rig.Bolo("XYZ789", minutes: 10);
        await rig.PumpAsync();
        Assert.Equal(2, rig.Cad.State.Records.Count);
        Assert.Equal(2, rig.Cad.State.TinesRecords.Count);
        Assert.Equal(2, rig.Cad.State.QuickBloxRecords.Count);

        await rig.RestartAsync();
        rig.Time.Advance(TimeSpan.FromMinutes(11));
        await rig.PumpAsync();

        Assert.Empty(rig.Cad.State.TinesRecords);
        Assert.Empty(rig.Cad.State.QuickBloxRecords);
        Assert.Empty(rig.Cad.State.Records);
        Assert.Equal(2, rig.Cad.Requests.For(EndpointNames.TinesDeleteRecord).Count);
        Assert.Equal(2, rig.Cad.Requests.For(EndpointNames.QuickBloxDelete).Count);
        Assert.Equal(2, rig.Cad.Requests.For(EndpointNames.DeleteRecord).Count);
        Assert.Equal(0, rig.Outbox.OpenCount);
    }

    [Fact]
    public async Task A_record_deleted_early_disappears_everywhere_at_once()
    {
        await using var rig = await RecordsRig.StartAsync("v2");
        var created = rig.Bolo("ABC123");
        await rig.PumpAsync();

        var deleting = rig.Service.DeleteAsync(created.Handle!);
        await rig.PumpAsync();

        Assert.True(await deleting);
        Assert.Empty(rig.Cad.State.Records);
        Assert.Empty(rig.Cad.State.TinesRecords);
        Assert.Empty(rig.Cad.State.QuickBloxRecords);
    }

    [Fact]
    public async Task V1_sends_several_queued_records_in_one_request()
    {
        await using var rig = await RecordsRig.StartAsync("v1");
        rig.Bolo("AAA111");
        rig.Bolo("BBB222");
        rig.Bolo("CCC333");
        await rig.PumpAsync();

        Assert.Single(rig.Cad.Requests.For(EndpointNames.CreateRecord));
        Assert.Equal(3, rig.Cad.State.Records.Count);
        Assert.All(rig.Cad.State.Records, r => Assert.Equal(rig.Time.GetUtcNow().AddMinutes(30), r.ExpiresAt));

        // The CAD deletes v1 records itself (deleteAfterMinutes); the mirrors are deleted explicitly.
        await rig.RunAsync(TimeSpan.FromMinutes(30), Step);
        Assert.Empty(rig.Cad.State.Records);
        Assert.Empty(rig.Cad.State.TinesRecords);
        Assert.Empty(rig.Cad.State.QuickBloxRecords);
        Assert.Empty(rig.Cad.Requests.For(EndpointNames.DeleteRecord));
    }

    [Fact]
    public async Task A_mirror_with_a_wrong_key_pauses_alone_and_does_not_delay_Sonoran()
    {
        await using var rig = await RecordsRig.StartAsync("v2", tinesKey: "wrong-tines-key");
        rig.Bolo("ABC123");
        rig.Bolo("XYZ789");
        await rig.PumpAsync();

        Assert.Equal(2, rig.Cad.State.Records.Count);
        Assert.Equal(2, rig.Cad.State.QuickBloxRecords.Count);
        Assert.Empty(rig.Cad.State.TinesRecords);
        var status = rig.Service.GetStatus().ToDictionary(s => s.Name);
        Assert.True(status["tines.CreateRecord"].Paused);
        Assert.Equal(DeliveryFailureKind.Fatal, status["tines.CreateRecord"].LastError!.Kind);
        Assert.False(status["CreateRecord"].Paused);
        Assert.False(status["quickblox.CreateRecord"].Paused);
        Assert.Single(rig.Cad.Requests.For(EndpointNames.TinesCreateRecord));
        Assert.DoesNotContain(rig.Log.Lines, l => l.Message.Contains("wrong-tines-key"));

        await rig.RunAsync(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(10));
        Assert.Single(rig.Cad.Requests.For(EndpointNames.TinesCreateRecord)); // paused: no hammering with a bad key
        Assert.Contains(rig.Log.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("tines.CreateRecord"));
    }

    [Fact]
    public async Task An_unreachable_mirror_is_retried_without_delaying_Sonoran_or_the_other_mirror()
    {
        // The emulator's faults apply to every API at once, so the outage here is a QuickBlox host that refuses connections.
        await using var rig = await RecordsRig.StartAsync("v2", quickBloxUrl: "http://127.0.0.1:9");
        rig.Bolo("ABC123");
        await rig.PumpAsync();

        Assert.Single(rig.Cad.State.Records);
        Assert.Single(rig.Cad.State.TinesRecords);
        var quickblox = rig.Service.GetStatus().Single(s => s.Name == "quickblox.CreateRecord");
        Assert.False(quickblox.Paused);
        Assert.Equal(1, quickblox.Queued);
        Assert.Equal(DeliveryFailureKind.Transient, quickblox.LastError!.Kind);
        Assert.True(quickblox.NextAllowedSendAt > rig.Time.GetUtcNow()); // backing off
    }
}
