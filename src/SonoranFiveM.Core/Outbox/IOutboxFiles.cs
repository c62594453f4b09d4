using System.IO;

namespace SonoranFiveM.Core.Outbox
{
    /// <summary>
    /// The few file operations the outbox journal uses. <see cref="OutboxFiles"/> is the real disk; tests inject a full
    /// or unwritable disk through it. Failures surface as <see cref="IOException"/> or <see cref="System.UnauthorizedAccessException"/>.
    /// </summary>
    public interface IOutboxFiles
    {
        bool FileExists(string path);

        bool DirectoryExists(string path);

        void CreateDirectory(string path);

        Stream OpenRead(string path);

        /// <summary>Opens (creating when missing) for appending at the end.</summary>
        Stream OpenAppend(string path);

        /// <summary>Creates or truncates for writing.</summary>
        Stream Create(string path);

        /// <summary>Flushes a stream from <see cref="OpenAppend"/> or <see cref="Create"/> through to the disk (fsync).</summary>
        void FlushToDisk(Stream stream);

        /// <summary>Atomically puts <paramref name="source"/> in place of <paramref name="destination"/> (rename).</summary>
        void Replace(string source, string destination);

        /// <summary>Makes a rename in <paramref name="directory"/> durable (fsync of the directory, where the system has one).</summary>
        void SyncDirectory(string directory);
    }
}
