namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>What one request of a queue lane came back with: the outcome, and the target's ids per item when it gave any.</summary>
    public readonly struct LaneSendResult
    {
        public LaneSendResult(CadResult result, IReadOnlyList<string?>? cadIds = null)
        {
            Result = result;
            CadIds = cadIds;
        }

        public CadResult Result { get; }
        public IReadOnlyList<string?>? CadIds { get; }
    }
}
