using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>One doctor line: the check's name, PASS/FAIL/SKIP, what was found and, for a FAIL, the fix.</summary>
    public sealed class CheckLine
    {
        private const int NameWidth = 16;

        private CheckLine(CheckStatus status, string name, string detail, string? fix, IReadOnlyList<string>? notes)
        {
            Status = status;
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Detail = detail ?? string.Empty;
            Fix = fix;
            Notes = notes ?? Array.Empty<string>();
        }

        public CheckStatus Status { get; }

        /// <summary>The check, e.g. "api key", "server id", "outbox".</summary>
        public string Name { get; }

        public string Detail { get; }

        /// <summary>What to do about a FAIL; null for PASS and SKIP.</summary>
        public string? Fix { get; }

        /// <summary>Extra lines under the check (e.g. configuration warnings).</summary>
        public IReadOnlyList<string> Notes { get; }

        public static CheckLine Pass(string name, string detail, IReadOnlyList<string>? notes = null) => new CheckLine(CheckStatus.Pass, name, detail, null, notes);

        public static CheckLine Fail(string name, string detail, string fix) => new CheckLine(CheckStatus.Fail, name, detail, fix ?? throw new ArgumentNullException(nameof(fix)), null);

        public static CheckLine Skip(string name, string detail) => new CheckLine(CheckStatus.Skip, name, detail, null, null);

        /// <summary>
        /// "PASS  api key          accepted; plan 3 - PLUS", a FAIL's "fix:" line under it, then the notes. Not redacted:
        /// <see cref="Doctor"/> redacts every line before it leaves.
        /// </summary>
        public IEnumerable<string> Format()
        {
            var status = Status == CheckStatus.Pass ? "PASS" : Status == CheckStatus.Fail ? "FAIL" : "SKIP";
            yield return status + "  " + Name.PadRight(NameWidth) + " " + Detail;
            if (Fix != null) yield return "      " + new string(' ', NameWidth) + " fix: " + Fix;
            foreach (var note in Notes) yield return "      " + note;
        }
    }
}
