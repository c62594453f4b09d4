using System.IO;

namespace SonoranFiveM.Core.Outbox
{
    /// <summary>
    /// The journal file itself: appending a group of lines with one write and one fsync, and compaction (temp file,
    /// fsync, atomic rename, folder fsync). Used only by the journal's writer, under its file lock.
    /// </summary>
    internal sealed class JournalFile
    {
        private static readonly byte[] Newline = { (byte)'\n' };

        private readonly string _path;
        private readonly IOutboxFiles _files;
        private readonly ILog _log;
        private Stream? _stream;

        /// <summary>A failed write may have left half a line: the next write starts on a new one.</summary>
        private bool _needsNewline;

        public JournalFile(string path, IOutboxFiles files, ILog log)
        {
            _path = path;
            _files = files;
            _log = log;
        }

        /// <summary>What the disk can throw at us; anything else is a bug and is not caught as a disk problem.</summary>
        public static bool IsDiskError(Exception ex) => ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException
            || ex is System.Security.SecurityException || ex is ArgumentException;

        /// <summary>Writes the lines with one write and one fsync. Throws a disk error when the disk refuses (the file is then closed).</summary>
        public void Append(IEnumerable<byte[]> lines)
        {
            try
            {
                var stream = Open();
                using (var batch = new MemoryStream())
                {
                    if (_needsNewline) batch.Write(Newline, 0, 1); // ends whatever a failed write left half-done
                    foreach (var line in lines) batch.Write(line, 0, line.Length);
                    if (batch.Length > 0)
                    {
                        stream.Write(batch.GetBuffer(), 0, (int)batch.Length);
                        _files.FlushToDisk(stream);
                    }
                }
            }
            catch (Exception ex) when (IsDiskError(ex))
            {
                CloseQuietly();
                _needsNewline = true;
                throw;
            }

            _needsNewline = false;
        }

        /// <summary>Rewrites the journal with only <paramref name="lines"/>, then reopens it for appending.</summary>
        public void Compact(IEnumerable<byte[]> lines)
        {
            Close();
            var directory = EnsureFolder();
            var temp = _path + ".tmp";
            using (var tempStream = _files.Create(temp))
            {
                foreach (var line in lines) tempStream.Write(line, 0, line.Length);
                _files.FlushToDisk(tempStream);
            }

            _files.Replace(temp, _path);
            _needsNewline = false;
            if (!string.IsNullOrEmpty(directory))
            {
                try
                {
                    _files.SyncDirectory(directory!);
                }
                catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException)
                {
                    // A platform without libc: the rename is done, only its flush to disk is not forced.
                    _log.Write(LogLevel.Debug, "Outbox: the folder cannot be flushed on this platform: " + ex.Message);
                }
            }

            Open();
        }

        /// <summary>The owner-facing reason and fix for a disk error: "&lt;reason&gt;. Fix: …".</summary>
        public string Explain(Exception ex)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(_path)) ?? _path;
            var fix = _files.DirectoryExists(_path)
                ? "Fix: move that folder away, or set outbox.path to a file name."
                : ex is UnauthorizedAccessException
                    ? "Fix: let the FXServer user write to " + folder + ", or set outbox.path to a writable place."
                    : "Fix: free disk space and check that the FXServer user may write to " + folder + ".";
            var reason = ex is UnauthorizedAccessException ? "permission denied (" + ex.Message.TrimEnd('.') + ")" : ex.Message.TrimEnd('.');
            return reason + ". " + fix;
        }

        public void Close()
        {
            _stream?.Dispose();
            _stream = null;
        }

        public void CloseQuietly()
        {
            try
            {
                Close();
            }
            catch (Exception ex) when (IsDiskError(ex))
            {
                _stream = null;
            }
        }

        private Stream Open()
        {
            if (_stream != null) return _stream;
            EnsureFolder();
            _stream = _files.OpenAppend(_path);
            return _stream;
        }

        private string? EnsureFolder()
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(_path));
            if (!string.IsNullOrEmpty(directory)) _files.CreateDirectory(directory!);
            return directory;
        }
    }
}
