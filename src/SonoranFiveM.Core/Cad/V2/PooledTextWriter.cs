using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace SonoranFiveM.Core.Cad.V2
{
    /// <summary>
    /// A text writer over a per-thread cached char buffer (as .NET's own StringBuilderCache does; the core targets
    /// netstandard2.0 without System.Buffers): the text is built without a growing StringBuilder, and in steady state
    /// the only allocation is the final string. Dispose gives the buffer back to the thread's cache.
    /// </summary>
    internal sealed class PooledTextWriter : TextWriter
    {
        private const int MaxCachedChars = 1 << 20;

        [ThreadStatic]
        private static char[]? _cached;

        private char[] _buffer;
        private int _length;

        public PooledTextWriter(int initialCapacity) : base(CultureInfo.InvariantCulture)
        {
            _buffer = Rent(Math.Max(256, initialCapacity));
        }

        public override Encoding Encoding => Encoding.Unicode;

        public override void Write(char value)
        {
            if (_length == _buffer.Length) Grow(1);
            _buffer[_length++] = value;
        }

        public override void Write(char[] buffer, int index, int count)
        {
            if (_buffer.Length - _length < count) Grow(count);
            Array.Copy(buffer, index, _buffer, _length, count);
            _length += count;
        }

        public override void Write(string? value)
        {
            if (value == null) return;
            if (_buffer.Length - _length < value.Length) Grow(value.Length);
            value.CopyTo(0, _buffer, _length, value.Length);
            _length += value.Length;
        }

        public override string ToString() => new string(_buffer, 0, _length);

        protected override void Dispose(bool disposing)
        {
            var buffer = _buffer;
            _buffer = Array.Empty<char>();
            _length = 0;
            if (buffer.Length > 0) Return(buffer);
            base.Dispose(disposing);
        }

        private void Grow(int needed)
        {
            var bigger = new char[Math.Max(_buffer.Length * 2, _length + needed)];
            Array.Copy(_buffer, bigger, _length);
            _buffer = bigger;
        }

        private static char[] Rent(int size)
        {
            var cached = _cached;
            if (cached != null && cached.Length >= size)
            {
                _cached = null;
                return cached;
            }

            return new char[size];
        }

        private static void Return(char[] buffer)
        {
            if (buffer.Length <= MaxCachedChars && (_cached == null || _cached.Length < buffer.Length)) _cached = buffer;
        }
    }
}
