using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Composition;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// <c>outbox</c> (in the server only): a probe file can be created, written, flushed to disk and removed in the
    /// outbox's folder, and the outbox file itself is not read-only. Disk I/O: never run on the main thread.
    /// </summary>
    public sealed class OutboxCheck : IDoctorCheck
    {
        public const string Name = "outbox";

        private const string Fix = "free disk space, give the FXServer user write access to that folder, or set outbox.path to a writable place";

        public Task RunAsync(DoctorRun run, CancellationToken cancellationToken)
        {
            var context = run.Context;
            if (context.Server == null) return Task.CompletedTask;
            string folder = context.ResourceFolder;
            try
            {
                var path = Path.GetFullPath(OptionsMapping.Outbox(context.Options!, context.ResourceFolder).Path);
                folder = Path.GetDirectoryName(path) ?? folder;
                Directory.CreateDirectory(folder);
                var probe = Path.Combine(folder, ".sonoran-doctor-" + Guid.NewGuid().ToString("N") + ".tmp");
                using (var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
                {
                    stream.WriteByte(0x0A);
                    stream.Flush(flushToDisk: true);
                }

                if (File.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
                {
                    run.Report(CheckLine.Fail(Name, path + " is read-only: calls and records could not be saved", "clear the file's read-only flag, or set outbox.path to a writable place"));
                    return Task.CompletedTask;
                }

                run.Report(CheckLine.Pass(Name, folder + " is writable (" + Path.GetFileName(path) + ")"));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException || e is System.Security.SecurityException)
            {
                run.Report(CheckLine.Fail(Name, "cannot write in " + folder + ": " + e.Message, Fix));
            }

            return Task.CompletedTask;
        }
    }
}
