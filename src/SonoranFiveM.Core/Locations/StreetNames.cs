namespace SonoranFiveM.Core.Locations
{
    /// <summary>Street names a client reported, already sanitised and length-capped. Display text only.</summary>
    public sealed class StreetNames
    {
        public StreetNames(string street, string? crossStreet)
        {
            Street = street;
            CrossStreet = crossStreet;
        }

        public string Street { get; }
        public string? CrossStreet { get; }
    }
}
