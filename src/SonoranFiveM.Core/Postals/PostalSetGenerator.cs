using System.Text;

namespace SonoranFiveM.Core.Postals
{
    /// <summary>
    /// A deterministic, realistic-looking postal set over the GTA V map (x −4000…4500, y −4000…8000): dense in
    /// Los Santos, clusters at Sandy Shores, Grapeseed, Paleto Bay and Chumash, sparse countryside. For tests,
    /// benchmarks and the simulator; not real postal data. The same seed always gives the same set on every runtime.
    /// </summary>
    public static class PostalSetGenerator
    {
        public const double MinX = -4000, MaxX = 4500, MinY = -4000, MaxY = 8000;

        private static readonly (double X, double Y, double SpreadX, double SpreadY, double Weight)[] Areas =
        {
            (-350, -900, 1100, 850, 0.55),   // Los Santos
            (1750, 3650, 600, 300, 0.10),    // Sandy Shores
            (2150, 4850, 450, 300, 0.05),    // Grapeseed
            (-200, 6350, 450, 350, 0.07),    // Paleto Bay
            (-3100, 1100, 250, 600, 0.04),   // Chumash / west coast
        };

        public static IReadOnlyList<Postal> Generate(int count = 1800, ulong seed = 0x5050_5354_414C_5331)
        {
            if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "At least one postal.");
            var random = new SplitMix64(seed);
            var postals = new List<Postal>(count);
            for (var i = 0; i < count; i++)
            {
                var (x, y) = NextPoint(random);
                postals.Add(new Postal((101 + i).ToString(CultureInfo.InvariantCulture), Math.Round(x, 2), Math.Round(y, 2)));
            }
            return postals;
        }

        /// <summary>The postals in the standard file format: <c>[{"code":"101","x":…,"y":…},…]</c>.</summary>
        public static string ToJson(IEnumerable<Postal> postals)
        {
            var json = new StringBuilder("[");
            var first = true;
            foreach (var p in postals)
            {
                if (!first) json.Append(',');
                first = false;
                json.Append("{\"code\":\"").Append(p.Code).Append("\",\"x\":")
                    .Append(p.X.ToString("R", CultureInfo.InvariantCulture)).Append(",\"y\":")
                    .Append(p.Y.ToString("R", CultureInfo.InvariantCulture)).Append('}');
            }
            return json.Append(']').ToString();
        }

        private static (double X, double Y) NextPoint(SplitMix64 random)
        {
            var pick = random.NextDouble();
            foreach (var area in Areas)
            {
                if (pick < area.Weight)
                {
                    var (gx, gy) = random.NextGaussianPair();
                    return (Clamp(area.X + gx * area.SpreadX, MinX, MaxX), Clamp(area.Y + gy * area.SpreadY, MinY, MaxY));
                }
                pick -= area.Weight;
            }
            // Countryside: uniform over the whole map.
            return (MinX + random.NextDouble() * (MaxX - MinX), MinY + random.NextDouble() * (MaxY - MinY));
        }

        private static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;

        /// <summary>Tiny fixed PRNG: System.Random's sequence for a seed is not promised across runtimes.</summary>
        private sealed class SplitMix64
        {
            private ulong _state;

            public SplitMix64(ulong seed) => _state = seed;

            public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

            public (double, double) NextGaussianPair()
            {
                var u1 = 1.0 - NextDouble();
                var u2 = NextDouble();
                var radius = Math.Sqrt(-2.0 * Math.Log(u1));
                return (radius * Math.Cos(2 * Math.PI * u2), radius * Math.Sin(2 * Math.PI * u2));
            }

            private ulong Next()
            {
                var z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}
