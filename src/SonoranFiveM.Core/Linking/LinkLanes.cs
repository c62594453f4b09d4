using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Linking
{
    /// <summary>The account-link lanes: create a code, check a link. Paced like every CAD lane, at 30/min × the share each.</summary>
    internal static class LinkLanes
    {
        public static LaneSpec<LinkWork> Create(ICadApi api, DispatcherOptions options)
            => new LaneSpec<LinkWork>(nameof(CadEndpoint.CreateLink), CadEndpoint.CreateLink, CadLanes.Permits(options, CadEndpoint.CreateLink),
                options.Lane(CadEndpoint.CreateLink), async (batch, ct) =>
                {
                    var result = await api.CreateLinkAsync(batch[0].CommunityUserId, ct).ConfigureAwait(false);
                    if (!result.IsAccepted) return new LaneSendResult(result);
                    batch[0].Code = result.Value;
                    return new LaneSendResult(result, new string?[] { result.Value.Code });
                })
            {
                Accepted = (work, _) => work.Accepted?.Invoke(),
            };

        public static LaneSpec<LinkWork> Check(ICadApi api, DispatcherOptions options)
            => new LaneSpec<LinkWork>(nameof(CadEndpoint.CheckLink), CadEndpoint.CheckLink, CadLanes.Permits(options, CadEndpoint.CheckLink),
                options.Lane(CadEndpoint.CheckLink), async (batch, ct) =>
                {
                    var result = await api.CheckLinkAsync(batch[0].CommunityUserId, ct).ConfigureAwait(false);
                    if (result.IsAccepted) batch[0].Linked = result.Value.Linked;
                    return new LaneSendResult(result);
                })
            {
                Accepted = (work, _) => work.Accepted?.Invoke(),
            };
    }
}
