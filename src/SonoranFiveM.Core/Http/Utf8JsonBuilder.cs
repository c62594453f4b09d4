using System;
using System.Globalization;
using System.Text;

namespace SonoranFiveM.Core.Http
{
    /// <summary>
    /// Writes JSON straight to UTF-8 bytes in a buffer from <see cref="BodyBufferPool"/>, for request bodies built often
    /// (unit-location batches) and FXServer's native request JSON. The caller writes the structure itself (names,
    /// commas, brackets through <see cref="Raw"/>); strings and floats are encoded here without allocating. Finish with
    /// <see cref="ToBody"/> (the buffer moves into the body) or <see cref="ToText"/>; <see cref="Dispose"/> returns a
    /// buffer that was not handed on.
    /// </summary>
    internal sealed class Utf8JsonBuilder : IDisposable
    {
        private static readonly double[] PowersOfTen = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };
        private static readonly byte[] HexDigits = Encoding.ASCII.GetBytes("0123456789abcdef");

        // Beyond this a scaled float is no longer an exact integer in a double.
        private const double MaxExactScaled = 9e15;

        private byte[]? _buffer;
        private int _length;

        public Utf8JsonBuilder(int expectedSize)
        {
            _buffer = BodyBufferPool.Shared.Rent(expectedSize);
        }

        public int Length => _length;

        /// <summary>ASCII text written as it is: property names with their quotes and colon, punctuation, literals.</summary>
        public Utf8JsonBuilder Raw(string ascii)
        {
            var buffer = Ensure(ascii.Length);
            for (var i = 0; i < ascii.Length; i++) buffer[_length++] = (byte)ascii[i];
            return this;
        }

        /// <summary>A JSON string (quoted and escaped), or <c>null</c>.</summary>
        public Utf8JsonBuilder String(string? value)
        {
            if (value == null) return Raw("null");
            // At most 3 bytes per UTF-16 unit, 6 for an escaped control character.
            var buffer = Ensure(value.Length * 6 + 2);
            buffer[_length++] = (byte)'"';
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c < 0x80)
                {
                    WriteAscii(buffer, c);
                }
                else if (c < 0x800)
                {
                    buffer[_length++] = (byte)(0xC0 | (c >> 6));
                    buffer[_length++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    var codePoint = char.ConvertToUtf32(c, value[++i]);
                    buffer[_length++] = (byte)(0xF0 | (codePoint >> 18));
                    buffer[_length++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                    buffer[_length++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                    buffer[_length++] = (byte)(0x80 | (codePoint & 0x3F));
                }
                else
                {
                    // A lone surrogate becomes U+FFFD, as Encoding.UTF8 does.
                    var unit = char.IsSurrogate(c) ? '\uFFFD' : c;
                    buffer[_length++] = (byte)(0xE0 | (unit >> 12));
                    buffer[_length++] = (byte)(0x80 | ((unit >> 6) & 0x3F));
                    buffer[_length++] = (byte)(0x80 | (unit & 0x3F));
                }
            }

            buffer[_length++] = (byte)'"';
            return this;
        }

        /// <summary>UTF-8 text (another body) as a JSON string: ASCII escaped, multi-byte sequences copied as they are.</summary>
        public Utf8JsonBuilder String(ArraySegment<byte> utf8)
        {
            var source = utf8.Array!;
            var end = utf8.Offset + utf8.Count;
            // The exact escaped size, so a large body reserves what it needs rather than six times its length.
            var escaped = 2;
            for (var i = utf8.Offset; i < end; i++) escaped += EscapedLength(source[i]);
            var buffer = Ensure(escaped);
            buffer[_length++] = (byte)'"';
            for (var i = utf8.Offset; i < end; i++)
            {
                var b = source[i];
                if (b < 0x80) WriteAscii(buffer, (char)b);
                else buffer[_length++] = b;
            }

            buffer[_length++] = (byte)'"';
            return this;
        }

        /// <summary>
        /// A float as the shortest decimal that reads back as the same float, with at least one decimal place (what
        /// Newtonsoft writes, e.g. <c>1.0</c>, <c>-12.5</c>); without allocating for values of a map's scale. NaN and
        /// infinities are written as strings, as Newtonsoft's default does.
        /// </summary>
        public Utf8JsonBuilder Float(float value)
        {
            if (float.IsNaN(value)) return String("NaN");
            if (float.IsPositiveInfinity(value)) return String("Infinity");
            if (float.IsNegativeInfinity(value)) return String("-Infinity");

            var magnitude = Math.Abs((double)value);
            var target = Math.Abs(value);
            for (var places = 0; places < PowersOfTen.Length; places++)
            {
                var scale = PowersOfTen[places];
                var scaled = Math.Round(magnitude * scale);
                if (scaled >= MaxExactScaled) break;
                if ((float)(scaled / scale) != target) continue;
                WriteFixed(value < 0, (long)scaled, places);
                return this;
            }

            // Very large or very small: rare enough to let the runtime format it (it may use an exponent).
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            return Raw(text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 ? text : text + ".0");
        }

        /// <summary>The bytes as a body that owns the buffer from now on.</summary>
        public RequestBody ToBody()
        {
            var buffer = _buffer ?? throw new ObjectDisposedException(nameof(Utf8JsonBuilder));
            _buffer = null;
            return RequestBody.Pooled(buffer, _length);
        }

        /// <summary>The bytes decoded as a string; the buffer stays with this builder.</summary>
        public string ToText()
        {
            var buffer = _buffer ?? throw new ObjectDisposedException(nameof(Utf8JsonBuilder));
            return Encoding.UTF8.GetString(buffer, 0, _length);
        }

        public void Dispose()
        {
            var buffer = _buffer;
            _buffer = null;
            if (buffer != null) BodyBufferPool.Shared.Return(buffer);
        }

        private void WriteFixed(bool negative, long digits, int places)
        {
            var buffer = Ensure(24);
            if (negative && digits != 0) buffer[_length++] = (byte)'-';
            var divisor = (long)PowersOfTen[places];
            WriteDigits(buffer, digits / divisor, 1);
            buffer[_length++] = (byte)'.';
            WriteDigits(buffer, digits % divisor, Math.Max(1, places));
        }

        /// <summary>A non-negative number in decimal, left-padded with zeros to <paramref name="minDigits"/>.</summary>
        private void WriteDigits(byte[] buffer, long number, int minDigits)
        {
            var count = 1;
            for (var rest = number / 10; rest > 0; rest /= 10) count++;
            count = Math.Max(count, minDigits);
            for (var i = count - 1; i >= 0; i--)
            {
                buffer[_length + i] = (byte)('0' + (int)(number % 10));
                number /= 10;
            }

            _length += count;
        }

        /// <summary>One ASCII character inside a JSON string, escaped as Newtonsoft escapes it.</summary>
        /// <summary>How many bytes <see cref="WriteAscii"/> writes for <paramref name="b"/> (1 for a non-ASCII byte, copied as is).</summary>
        private static int EscapedLength(byte b) => b switch
        {
            (byte)'"' or (byte)'\\' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\b' or (byte)'\f' => 2,
            < 0x20 => 6,
            _ => 1,
        };

        private void WriteAscii(byte[] buffer, char c)
        {
            var shortEscape = c switch
            {
                '"' => '"',
                '\\' => '\\',
                '\n' => 'n',
                '\r' => 'r',
                '\t' => 't',
                '\b' => 'b',
                '\f' => 'f',
                _ => '\0',
            };
            if (shortEscape != '\0')
            {
                buffer[_length++] = (byte)'\\';
                buffer[_length++] = (byte)shortEscape;
            }
            else if (c >= 0x20)
            {
                buffer[_length++] = (byte)c;
            }
            else
            {
                buffer[_length++] = (byte)'\\';
                buffer[_length++] = (byte)'u';
                buffer[_length++] = (byte)'0';
                buffer[_length++] = (byte)'0';
                buffer[_length++] = HexDigits[c >> 4];
                buffer[_length++] = HexDigits[c & 0xF];
            }
        }

        /// <summary>The buffer, with room for <paramref name="bytes"/> more.</summary>
        private byte[] Ensure(int bytes)
        {
            var buffer = _buffer ?? throw new ObjectDisposedException(nameof(Utf8JsonBuilder));
            if (buffer.Length - _length >= bytes) return buffer;
            var bigger = BodyBufferPool.Shared.Rent(Math.Max(buffer.Length * 2, _length + bytes));
            System.Buffer.BlockCopy(buffer, 0, bigger, 0, _length);
            BodyBufferPool.Shared.Return(buffer);
            _buffer = bigger;
            return bigger;
        }
    }
}
