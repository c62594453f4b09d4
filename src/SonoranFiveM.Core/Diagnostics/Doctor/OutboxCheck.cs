using System.IO;
using SonoranFiveM.Core.Composition;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// <c>outbox</c> (in the server only): a probe file can be created, written, flushed to disk and removed in the
    /// outbox's folder, and the outbox file itself is not read-only. Disk I/O: never run on the main thread.
    /// </summary>
    public sealed class OutboxCheck() : ServerCheck("outbox")
    {
        private const string WriteFix = "free disk space, give the FXServer user write access to that folder, or set outbox.path to a writable place";

        protected override void Check(DoctorRun run, ServerFacts server)
        {
            var context = run.Context;
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
                    run.Report(Fail(path + " is read-only: calls and records could not be saved", "clear the file's read-only flag, or set outbox.path to a writable place"));
                    return;
                }

                run.Report(Pass(folder + " is writable (" + Path.GetFileName(path) + ")"));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException || e is System.Security.SecurityException)
            {
                run.Report(Fail("cannot write in " + folder + ": " + e.Message, WriteFix));
            }
        }
    }
}
