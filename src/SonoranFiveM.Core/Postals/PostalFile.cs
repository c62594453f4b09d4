namespace SonoranFiveM.Core.Postals
{
    /// <summary>The usable entries of a postal file, and what was wrong with the ones that were skipped.</summary>
    public sealed class PostalFile
    {
        internal PostalFile(string source, IReadOnlyList<Postal> postals, IReadOnlyList<string> problems, int skipped)
        {
            Source = source;
            Postals = postals;
            Problems = problems;
            Skipped = skipped;
        }

        /// <summary>The file path or name the postals came from.</summary>
        public string Source { get; }

        /// <summary>The entries that passed every check, in file order. Never empty.</summary>
        public IReadOnlyList<Postal> Postals { get; }

        /// <summary>
        /// One line for each skipped entry (file, entry, what is wrong, the fix), at most
        /// <see cref="PostalFileReader.MaxReportedProblems"/>; the last says how many more there were.
        /// </summary>
        public IReadOnlyList<string> Problems { get; }

        /// <summary>How many entries were skipped.</summary>
        public int Skipped { get; }
    }
}
