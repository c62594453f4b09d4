using System;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Cad.Models;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>One doctor run: its context, what earlier checks found that later ones need, and where the lines go.</summary>
    public sealed class DoctorRun
    {
        private readonly Action<string> _write;

        public DoctorRun(DoctorContext context, Action<string> write)
        {
            Context = context ?? throw new ArgumentNullException(nameof(context));
            _write = write ?? throw new ArgumentNullException(nameof(write));
        }

        public DoctorContext Context { get; }

        /// <summary>The CAD client the CAD checks share (built by <see cref="CadCheck"/>); null when there is none.</summary>
        public ICadApi? Cad { get; set; }

        /// <summary>The CAD accepted the key: the plan the version check read. Null when it did not (or was not asked).</summary>
        public CadVersion? Plan { get; set; }

        /// <summary>A check failed.</summary>
        public bool Failed { get; private set; }

        /// <summary>How many checks were skipped (not checked here or not yet).</summary>
        public int Skipped { get; private set; }

        /// <summary>The configuration is unusable: the checks after the config checks are not run.</summary>
        public bool Stopped { get; set; }

        /// <summary>Writes the line (redacted) at once, so the owner sees each check as it finishes.</summary>
        public void Report(CheckLine line)
        {
            if (line == null) throw new ArgumentNullException(nameof(line));
            if (line.Status == CheckStatus.Fail) Failed = true;
            if (line.Status == CheckStatus.Skip) Skipped++;
            foreach (var text in line.Format()) _write(Context.Redactor.Redact(text));
        }

        /// <summary>A line that is not a check (the closing verdict); redacted too.</summary>
        public void Say(string text) => _write(Context.Redactor.Redact(text));
    }
}
