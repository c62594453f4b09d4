using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Benchmarks
{
    /// <summary>
    /// One nearest-postal lookup over the generated ~1,800-code set (<see cref="PostalSetGenerator"/>), with
    /// <see cref="PostalIndex"/> against a linear scan of the same points (what a plain "loop over every postal" resource does). Each
    /// invocation answers the same 1,024 query points, half of them on top of the postal clusters and half uniform over
    /// the map; results are per lookup.
    /// </summary>
    [MemoryDiagnoser]
    public class NearestPostalBenchmarks
    {
        private const int Queries = 1024;

        private Postal[] _postals = null!;
        private PostalIndex _index = null!;
        private double[] _qx = null!;
        private double[] _qy = null!;

        [GlobalSetup]
        public void Setup()
        {
            _postals = PostalSetGenerator.Generate().ToArray();
            _index = PostalIndex.Build(_postals);
            _qx = new double[Queries];
            _qy = new double[Queries];
            var state = 12345UL;
            for (var i = 0; i < Queries; i++)
            {
                if (i % 2 == 0)
                {
                    // Near a postal (players spend most of their time where postals are dense), offset up to ±150.
                    var p = _postals[(int)(Next(ref state) * _postals.Length)];
                    _qx[i] = p.X + (Next(ref state) - 0.5) * 300;
                    _qy[i] = p.Y + (Next(ref state) - 0.5) * 300;
                }
                else
                {
                    _qx[i] = PostalSetGenerator.MinX + Next(ref state) * (PostalSetGenerator.MaxX - PostalSetGenerator.MinX);
                    _qy[i] = PostalSetGenerator.MinY + Next(ref state) * (PostalSetGenerator.MaxY - PostalSetGenerator.MinY);
                }
            }

            // The two must agree before their speeds are worth comparing.
            for (var i = 0; i < Queries; i++)
            {
                _index.TryFindNearest(_qx[i], _qy[i], out var match);
                var linear = LinearNearest(_qx[i], _qy[i]);
                if (match.Code != _postals[linear].Code || match.Postal.X != _postals[linear].X || match.Postal.Y != _postals[linear].Y)
                    throw new InvalidOperationException("Index and linear scan disagree at query " + i + ".");
            }
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = Queries, Description = "Linear scan")]
        public int LinearScan()
        {
            var sum = 0;
            for (var i = 0; i < Queries; i++) sum += LinearNearest(_qx[i], _qy[i]);
            return sum;
        }

        [Benchmark(OperationsPerInvoke = Queries, Description = "PostalIndex.TryFindNearest")]
        public double Indexed()
        {
            var sum = 0.0;
            for (var i = 0; i < Queries; i++)
            {
                _index.TryFindNearest(_qx[i], _qy[i], out var match);
                sum += match.Distance;
            }

            return sum;
        }

        private int LinearNearest(double x, double y)
        {
            var best = double.PositiveInfinity;
            var bestIndex = -1;
            for (var i = 0; i < _postals.Length; i++)
            {
                var dx = _postals[i].X - x;
                var dy = _postals[i].Y - y;
                var d = dx * dx + dy * dy;
                if (d < best)
                {
                    best = d;
                    bestIndex = i;
                }
            }

            return bestIndex;
        }

        private static double Next(ref ulong state)
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return ((z ^ (z >> 31)) >> 11) * (1.0 / (1UL << 53));
        }
    }

    /// <summary>
    /// Building the index from the same ~1,800-code set: the one-off cost at resource start (and on a postal reload)
    /// that buys the fast lookups above.
    /// </summary>
    [MemoryDiagnoser]
    public class NearestPostalBuildBenchmarks
    {
        private Postal[] _postals = null!;

        [GlobalSetup]
        public void Setup() => _postals = PostalSetGenerator.Generate().ToArray();

        [Benchmark(Description = "PostalIndex.Build, 1,800 postals")]
        public int Build() => PostalIndex.Build(_postals).Count;
    }
}
