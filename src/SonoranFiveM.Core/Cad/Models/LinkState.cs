namespace SonoranFiveM.Core.Cad.Models
{
    /// <summary>What <c>POST /v2/general/links/check</c> said of one community user id.</summary>
    public sealed class LinkState
    {
        public LinkState(bool linked)
        {
            Linked = linked;
        }

        /// <summary>The id is linked to a CAD account.</summary>
        public bool Linked { get; }
    }
}
