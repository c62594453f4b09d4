using SonoranFiveM.Core.Outbox;

namespace SonoranFiveM.Core.Tests.TestSupport
{
    /// <summary>
    /// The real disk through <see cref="IOutboxFiles"/>, with faults switched on by the test: a full disk (IOException,
    /// ENOSPC) on every write, or an unwritable folder (UnauthorizedAccessException) on every open for writing; and a
    /// gate that can hold the fsync, to show callers never wait for it.
    /// </summary>
    public sealed class FaultyOutboxFiles : IOutboxFiles
    {
        public const int Enospc = 28;

        /// <summary>Writes and fsyncs throw "No space left on device".</summary>
        public volatile bool DiskFull;

        /// <summary>Opening for writing throws "Access denied".</summary>
        public volatile bool ReadOnly;

        /// <summary>When set, fsync waits until it is released.</summary>
        public ManualResetEventSlim? HoldFsync;

        /// <summary>How many fsyncs reached the disk.</summary>
        public int Fsyncs;

        public bool FileExists(string path) => File.Exists(path);

        public bool DirectoryExists(string path) => Directory.Exists(path);

        public void CreateDirectory(string path) => Directory.CreateDirectory(path);

        public Stream OpenRead(string path) => OutboxFiles.Instance.OpenRead(path);

        public Stream OpenAppend(string path) => new FaultyStream(this, CheckWritable(path, () => OutboxFiles.Instance.OpenAppend(path)));

        public Stream Create(string path) => new FaultyStream(this, CheckWritable(path, () => OutboxFiles.Instance.Create(path)));

        public void FlushToDisk(Stream stream)
        {
            HoldFsync?.Wait();
            if (DiskFull) throw Full();
            OutboxFiles.Instance.FlushToDisk(((FaultyStream)stream).Inner);
            Interlocked.Increment(ref Fsyncs);
        }

        public void Replace(string source, string destination)
        {
            if (ReadOnly) throw new UnauthorizedAccessException("Access to the path '" + destination + "' is denied.");
            OutboxFiles.Instance.Replace(source, destination);
        }

        public void SyncDirectory(string directory) => OutboxFiles.Instance.SyncDirectory(directory);

        private Stream CheckWritable(string path, Func<Stream> open)
        {
            if (ReadOnly) throw new UnauthorizedAccessException("Access to the path '" + path + "' is denied.");
            return open();
        }

        private static IOException Full() => new IOException("No space left on device", Enospc);

        private sealed class FaultyStream : Stream
        {
            private readonly FaultyOutboxFiles _owner;

            public FaultyStream(FaultyOutboxFiles owner, Stream inner)
            {
                _owner = owner;
                Inner = inner;
            }

            public Stream Inner { get; }
            public override bool CanRead => false;
            public override bool CanSeek => false;
            public override bool CanWrite => true;
            public override long Length => Inner.Length;
            public override long Position { get => Inner.Position; set => throw new NotSupportedException(); }
            public override void Flush() => Inner.Flush();
            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count)
            {
                if (_owner.DiskFull)
                {
                    // A full disk takes part of the write, then refuses.
                    Inner.Write(buffer, offset, count / 2);
                    throw Full();
                }

                Inner.Write(buffer, offset, count);
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing) Inner.Dispose();
                base.Dispose(disposing);
            }
        }
    }
}
