using System;
using System.Threading;

namespace SonoranFiveM.Core.Http
{
    /// <summary>
    /// A few reusable byte buffers for request bodies, shared by all threads. The core targets netstandard2.0 and the
    /// resource ships no System.Buffers.dll, so <c>ArrayPool</c> is not available; a body is rented on one thread and
    /// returned on another after the send, which a per-thread cache would miss. Lock-free: each slot holds one buffer.
    /// </summary>
    internal static class BodyBufferPool
    {
        private const int MinimumSize = 4096;

        /// <summary>Larger buffers are left to the GC rather than kept for the life of the process.</summary>
        private const int MaxKeptSize = 1 << 20;

        private static readonly byte[]?[] Slots = new byte[]?[4];

        public static byte[] Rent(int minimumSize)
        {
            for (var i = 0; i < Slots.Length; i++)
            {
                var buffer = Interlocked.Exchange(ref Slots[i], null);
                if (buffer == null) continue;
                if (buffer.Length >= minimumSize) return buffer;
                Return(buffer, i + 1);
            }

            return new byte[Math.Max(MinimumSize, minimumSize)];
        }

        public static void Return(byte[] buffer) => Return(buffer, 0);

        private static void Return(byte[] buffer, int firstSlot)
        {
            if (buffer.Length > MaxKeptSize) return;
            for (var i = firstSlot; i < Slots.Length; i++)
            {
                if (Interlocked.CompareExchange(ref Slots[i], buffer, null) == null) return;
            }
        }
    }
}
