using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>Where the doctor looks for the postal file, as its host found it.</summary>
    public sealed class PostalsLocation
    {
        private PostalsLocation(string? file, IReadOnlyList<string> candidates, string? missing, string? notChecked)
        {
            File = file;
            Candidates = candidates;
            Missing = missing;
            NotChecked = notChecked;
        }

        /// <summary>The postal file's name inside the postal resource.</summary>
        public string? File { get; }

        /// <summary>The paths to try, in order.</summary>
        public IReadOnlyList<string> Candidates { get; }

        /// <summary>Why there is no file to read (a FAIL), e.g. the resource is not installed.</summary>
        public string? Missing { get; }

        /// <summary>Why it cannot be checked from here (a SKIP with that reason), e.g. the CLI cannot read the engine's metadata.</summary>
        public string? NotChecked { get; }

        public static PostalsLocation At(string file, IReadOnlyList<string> candidates) =>
            new PostalsLocation(file ?? throw new ArgumentNullException(nameof(file)), candidates ?? throw new ArgumentNullException(nameof(candidates)), null, null);

        public static PostalsLocation NotFound(string why) => new PostalsLocation(null, Array.Empty<string>(), why, null);

        public static PostalsLocation CannotCheck(string why) => new PostalsLocation(null, Array.Empty<string>(), null, why);
    }
}
