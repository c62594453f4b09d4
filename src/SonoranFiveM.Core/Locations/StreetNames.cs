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

        /// <summary>"Street / Cross street", built once per report so the sampling tick can reuse it without allocating.</summary>
        public string Text => _text ??= string.IsNullOrEmpty(CrossStreet) || CrossStreet == Street ? Street : Street + " / " + CrossStreet;

        private string? _text;
    }
}
