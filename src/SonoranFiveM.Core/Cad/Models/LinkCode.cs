using System;

namespace SonoranFiveM.Core.Cad.Models
{
    /// <summary>A code the CAD made for account linking (<c>POST /v2/general/links</c>): the player enters it at the CAD's website before it expires.</summary>
    public sealed class LinkCode
    {
        public LinkCode(string code, DateTimeOffset expiresAt)
        {
            Code = code;
            ExpiresAt = expiresAt;
        }

        /// <summary>The code, e.g. <c>A7K2</c>: letters and digits only.</summary>
        public string Code { get; }

        /// <summary>When the code stops working, on our clock (from the CAD's <c>expiresInSeconds</c>).</summary>
        public DateTimeOffset ExpiresAt { get; }
    }
}
