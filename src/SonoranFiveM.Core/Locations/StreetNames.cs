namespace SonoranFiveM.Core.Locations
{
    /// <summary>Street names a client reported, already sanitised and length-capped. Display text only.</summary>
    public sealed record StreetNames(string Street, string? CrossStreet);
}
