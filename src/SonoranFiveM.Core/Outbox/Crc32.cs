namespace SonoranFiveM.Core.Outbox
{
    /// <summary>
    /// CRC-32 (IEEE 802.3, as in zip and PNG) of a journal line. Written here rather than taken from System.IO.Hashing,
    /// whose netstandard2.0 build would add System.Memory and System.Buffers to the DLLs FXServer loads.
    /// </summary>
    internal static class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        public static uint Compute(byte[] bytes, int offset, int count)
        {
            var crc = 0xFFFFFFFFu;
            for (var i = offset; i < offset + count; i++) crc = Table[(crc ^ bytes[i]) & 0xFF] ^ (crc >> 8);
            return ~crc;
        }

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                var c = n;
                for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                table[n] = c;
            }

            return table;
        }
    }
}
