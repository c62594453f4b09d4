using System.IO;
using System.Runtime.InteropServices;

namespace SonoranFiveM.Core.Outbox
{
    /// <summary>The real disk for <see cref="OutboxJournal"/>.</summary>
    public sealed class OutboxFiles : IOutboxFiles
    {
        public static readonly OutboxFiles Instance = new OutboxFiles();

        public bool FileExists(string path) => File.Exists(path);

        public bool DirectoryExists(string path) => Directory.Exists(path);

        public void CreateDirectory(string path) => Directory.CreateDirectory(path);

        public Stream OpenRead(string path) => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        public Stream OpenAppend(string path) => new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read | FileShare.Delete);

        public Stream Create(string path) => new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);

        public void FlushToDisk(Stream stream)
        {
            if (stream is FileStream file) file.Flush(true);
            else stream.Flush();
        }

        public void Replace(string source, string destination)
        {
            if (File.Exists(destination)) File.Replace(source, destination, null);
            else File.Move(source, destination);
        }

        public void SyncDirectory(string directory)
        {
            // Windows has no directory fsync (NTFS journals the rename itself); elsewhere open the directory and fsync it.
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return;
            var fd = Posix.open(directory, 0);
            if (fd < 0) throw new IOException("could not open the folder " + directory + " to flush it (errno " + Marshal.GetLastWin32Error() + ")");
            try
            {
                if (Posix.fsync(fd) != 0) throw new IOException("could not flush the folder " + directory + " (errno " + Marshal.GetLastWin32Error() + ")");
            }
            finally
            {
                Posix.close(fd);
            }
        }

        private static class Posix
        {
            [DllImport("libc", SetLastError = true)]
            public static extern int open([MarshalAs(UnmanagedType.LPStr)] string path, int flags);

            [DllImport("libc", SetLastError = true)]
            public static extern int fsync(int fd);

            [DllImport("libc", SetLastError = true)]
            public static extern int close(int fd);
        }
    }
}
