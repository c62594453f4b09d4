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

        /// <summary>The smallest kept buffer that fits (so small bodies do not take the large ones), else a new one.</summary>
        public byte[] Rent(int minimumSize)
        {
            while (true)
            {
                var best = -1;
                byte[]? bestBuffer = null;
                for (var i = 0; i < _slots.Length; i++)
                {
                    var buffer = Volatile.Read(ref _slots[i]);
                    if (buffer != null && buffer.Length >= minimumSize && (bestBuffer == null || buffer.Length < bestBuffer.Length))
                    {
                        best = i;
                        bestBuffer = buffer;
                    }
                }

                if (bestBuffer == null) return new byte[Math.Max(MinimumSize, minimumSize)];
                // Another thread may have taken it meanwhile: look again.
                if (Interlocked.CompareExchange(ref _slots[best], null, bestBuffer) == bestBuffer) return bestBuffer;
            }
        }

        /// <summary>Keeps <paramref name="buffer"/> in a free slot, or in place of a smaller kept one; otherwise leaves it to the GC.</summary>
        public void Return(byte[] buffer)
        {
            if (buffer.Length > MaxKeptSize) return;
            for (var i = 0; i < _slots.Length; i++)
            {
                if (Interlocked.CompareExchange(ref _slots[i], buffer, null) == null) return;
            }

            for (var i = 0; i < _slots.Length; i++)
            {
                var kept = Volatile.Read(ref _slots[i]);
                if (kept != null && kept.Length < buffer.Length && Interlocked.CompareExchange(ref _slots[i], buffer, kept) == kept) return;
            }
        }
    }
}
