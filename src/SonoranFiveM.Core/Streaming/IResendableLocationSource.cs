namespace SonoranFiveM.Core.Streaming
{
    /// <summary>A location source that can mark every unit pending again (after the hub re-authenticates, its view may be stale).</summary>
    public interface IResendableLocationSource
    {
        void ResendAll();
    }
}
