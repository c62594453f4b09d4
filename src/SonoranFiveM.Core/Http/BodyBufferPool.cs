using System;
using System.Threading;

namespace SonoranFiveM.Core.Http
{
    /// <summary>
    /// A few reusable byte buffers for request bodies, shared by all threads. The core targets netstandard2.0 and the
    /// resource ships no System.Buffers.dll, so <c>ArrayPool</c> is not available; a body is rented on one thread and
    /// returned on another after the send, which a per-thread cache would miss. Lock-free: each slot holds one buffer.
    /// </summary>
    internal sealed class BodyBufferPool
    {
        public const int MinimumSize = 4096;

        /// <summary>Larger buffers are left to the GC rather than kept for the life of the process.</summary>
        public const int MaxKeptSize = 1 << 20;

        public static readonly BodyBufferPool Shared = new BodyBufferPool(4);

        private readonly byte[]?[] _slots;

        public BodyBufferPool(int slots)
        {
            _slots = new byte[]?[slots];
        }

        public byte[] Rent(int minimumSize)
        {
            for (var i = 0; i < _slots.Length; i++)
            {
                // A buffer too small for this body is left to the GC, so its slot can keep the bigger one next.
                var buffer = Interlocked.Exchange(ref _slots[i], null);
                if (buffer != null && buffer.Length >= minimumSize) return buffer;
            }

            return new byte[Math.Max(MinimumSize, minimumSize)];
        }

        public void Return(byte[] buffer)
        {
            if (buffer.Length > MaxKeptSize) return;
            for (var i = 0; i < _slots.Length; i++)
            {
                if (Interlocked.CompareExchange(ref _slots[i], buffer, null) == null) return;
            }
        }
    }
}
