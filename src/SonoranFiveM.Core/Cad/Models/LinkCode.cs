namespace SonoranFiveM.Core.Cad.Models
{
    /// <summary>A code the CAD made for account linking (<c>POST /v2/general/links</c>): the player enters it at the CAD's website before it expires.</summary>
    /// <param name="Code">The code, e.g. <c>A7K2</c>: letters and digits only.</param>
    /// <param name="ExpiresAt">When the code stops working, on our clock (from the CAD's <c>expiresInSeconds</c>).</param>
    public sealed record LinkCode(string Code, DateTimeOffset ExpiresAt);
}
