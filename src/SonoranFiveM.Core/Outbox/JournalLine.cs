using System.IO;
using System.Text;

namespace SonoranFiveM.Core.Outbox
{
    /// <summary>
    /// The journal's line format. Version 1: eight lowercase hex digits of the CRC-32 of the JSON's UTF-8 bytes, a
    /// space, the JSON object, a newline. A line whose checksum does not match (a write torn by a crash, a flipped bit)
    /// is never replayed. Version 0 lines (a bare JSON object, written before checksums) are still read, but only when
    /// they parse as one complete object; compaction rewrites them as version 1.
    /// </summary>
    internal static class JournalLine
    {
        /// <summary>Longest line read; a longer one is reported and skipped without being held in memory.</summary>
        public const int MaxBytes = 1 << 20;

        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false, true);

        public static byte[] Encode(string json)
        {
            var body = Utf8.GetBytes(json);
            var line = new byte[9 + body.Length + 1];
            var crc = Crc32.Compute(body, 0, body.Length).ToString("x8", CultureInfo.InvariantCulture);
            for (var i = 0; i < 8; i++) line[i] = (byte)crc[i];
            line[8] = (byte)' ';
            Buffer.BlockCopy(body, 0, line, 9, body.Length);
            line[line.Length - 1] = (byte)'\n';
            return line;
        }

        /// <summary>The JSON of one line, or why it cannot be trusted. <paramref name="legacy"/> for a version 0 line.</summary>
        public static bool TryDecode(byte[] bytes, int count, out string json, out bool legacy, out string problem)
        {
            json = string.Empty;
            legacy = false;
            problem = string.Empty;
            if (count > 0 && bytes[count - 1] == (byte)'\r') count--;
            try
            {
                if (count > 0 && bytes[0] == (byte)'{')
                {
                    legacy = true;
                    json = Utf8.GetString(bytes, 0, count);
                    return true;
                }

                if (count < 10 || bytes[8] != (byte)' ' || !uint.TryParse(Encoding.ASCII.GetString(bytes, 0, 8), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var expected))
                {
                    problem = "not a journal line (no checksum)";
                    return false;
                }

                if (Crc32.Compute(bytes, 9, count - 9) != expected)
                {
                    problem = "checksum mismatch";
                    return false;
                }

                json = Utf8.GetString(bytes, 9, count - 9);
                return true;
            }
            catch (DecoderFallbackException)
            {
                problem = "not valid UTF-8";
                return false;
            }
        }

        /// <summary>The lines of a journal, numbered from 1; a line longer than <see cref="MaxBytes"/> comes back with <c>TooLong</c> and no bytes.</summary>
        public static IEnumerable<RawLine> Read(Stream stream)
        {
            var buffer = new byte[64 * 1024];
            var line = new MemoryStream();
            var number = 1;
            var tooLong = false;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] != (byte)'\n') continue;
                    Append(line, buffer, start, i - start, ref tooLong);
                    yield return Take(line, number++, ref tooLong);
                    start = i + 1;
                }

                Append(line, buffer, start, read - start, ref tooLong);
            }

            if (line.Length > 0 || tooLong) yield return Take(line, number, ref tooLong);
        }

        private static void Append(MemoryStream line, byte[] buffer, int start, int count, ref bool tooLong)
        {
            if (tooLong) return;
            if (line.Length + count > MaxBytes)
            {
                tooLong = true;
                line.SetLength(0);
                return;
            }

            line.Write(buffer, start, count);
        }

        private static RawLine Take(MemoryStream line, int number, ref bool tooLong)
        {
            var raw = new RawLine(number, tooLong ? Array.Empty<byte>() : line.ToArray(), tooLong);
            line.SetLength(0);
            tooLong = false;
            return raw;
        }

        public readonly struct RawLine
        {
            public RawLine(int number, byte[] bytes, bool tooLong)
            {
                Number = number;
                Bytes = bytes;
                TooLong = tooLong;
            }

            public int Number { get; }
            public byte[] Bytes { get; }
            public bool TooLong { get; }
        }
    }
}
