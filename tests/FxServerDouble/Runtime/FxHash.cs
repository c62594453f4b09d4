using System.Text;

namespace FxServerDouble
{
    /// <summary>GTA's model hash (GetHashKey): Jenkins one-at-a-time over the lower-case name, as a signed int.</summary>
    public static class FxHash
    {
        public static int Of(string name)
        {
            uint hash = 0;
            foreach (var b in Encoding.UTF8.GetBytes(name.ToLowerInvariant()))
            {
                hash += b;
                hash += hash << 10;
                hash ^= hash >> 6;
            }

            hash += hash << 3;
            hash ^= hash >> 11;
            hash += hash << 15;
            return unchecked((int)hash);
        }
    }
}
