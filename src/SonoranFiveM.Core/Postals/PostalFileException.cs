namespace SonoranFiveM.Core.Postals
{
    /// <summary>A postal file could not be used. The message names the file and what is wrong with it.</summary>
    public sealed class PostalFileException : Exception
    {
        public PostalFileException(string source, string problem, Exception? inner = null)
            : base("Postal file '" + source + "': " + problem, inner)
        {
            Source = source;
            Problem = problem;
        }

        /// <summary>The file path (or other name) the postals came from.</summary>
        public new string Source { get; }

        /// <summary>What is wrong, without the file name.</summary>
        public string Problem { get; }
    }
}
