using System;
using System.Collections.Generic;
using System.Linq;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Tests.Postals
{
    public class PostalIndexTests
    {
        private static readonly IReadOnlyList<Postal> MapPostals = PostalSetGenerator.Generate();
        private static readonly PostalIndex MapIndex = PostalIndex.Build(MapPostals);

        /// <summary>The reference answer: a linear scan, first entry wins a tie.</summary>
        private static (Postal Postal, double DistanceSquared) BruteForce(IReadOnlyList<Postal> postals, double x, double y)
        {
            var best = postals[0];
            var bestD = double.PositiveInfinity;
            foreach (var p in postals)
            {
                var dx = p.X - x;
                var dy = p.Y - y;
                var d = dx * dx + dy * dy;
                if (d < bestD)
                {
                    bestD = d;
                    best = p;
                }
            }
            return (best, bestD);
        }

        private static void AssertMatchesBruteForce(IReadOnlyList<Postal> postals, PostalIndex index, double x, double y)
        {
            Assert.True(index.TryFindNearest(x, y, out var match));
            var expected = BruteForce(postals, x, y);
            Assert.True(expected.Postal.Code == match.Code && expected.Postal.X == match.Postal.X && expected.Postal.Y == match.Postal.Y,
                $"({x}, {y}): index gave {match.Postal} at {match.Distance}, brute force {expected.Postal} at {Math.Sqrt(expected.DistanceSquared)}");
            Assert.Equal(Math.Sqrt(expected.DistanceSquared), match.Distance);
        }

        [Fact]
        public void Agrees_with_a_linear_scan_at_random_points_on_the_map()
        {
            var random = new Random(1234);
            for (var i = 0; i < 20_000; i++)
            {
                var x = PostalSetGenerator.MinX + random.NextDouble() * (PostalSetGenerator.MaxX - PostalSetGenerator.MinX);
                var y = PostalSetGenerator.MinY + random.NextDouble() * (PostalSetGenerator.MaxY - PostalSetGenerator.MinY);
                AssertMatchesBruteForce(MapPostals, MapIndex, x, y);
            }
        }

        [Fact]
        public void Agrees_with_a_linear_scan_far_off_the_map()
        {
            var random = new Random(99);
            for (var i = 0; i < 5_000; i++)
                AssertMatchesBruteForce(MapPostals, MapIndex, random.NextDouble() * 200_000 - 100_000, random.NextDouble() * 200_000 - 100_000);

            AssertMatchesBruteForce(MapPostals, MapIndex, 1e12, -1e12);
            AssertMatchesBruteForce(MapPostals, MapIndex, -1e12, 1e12);
            AssertMatchesBruteForce(MapPostals, MapIndex, 0, 1e9);
        }

        [Fact]
        public void Agrees_with_a_linear_scan_on_exact_postal_points_and_small_sets()
        {
            foreach (var p in MapPostals.Take(300)) AssertMatchesBruteForce(MapPostals, MapIndex, p.X, p.Y);

            var random = new Random(7);
            foreach (var size in new[] { 1, 2, 3, 10, 57 })
            {
                var postals = Enumerable.Range(0, size)
                    .Select(i => new Postal("P" + i, Math.Round(random.NextDouble() * 1000 - 500), Math.Round(random.NextDouble() * 300)))
                    .ToList();
                var index = PostalIndex.Build(postals);
                for (var i = 0; i < 2_000; i++)
                    AssertMatchesBruteForce(postals, index, random.Next(-3000, 3000), random.Next(-3000, 3000));
            }
        }

        [Fact]
        public void Agrees_with_a_linear_scan_when_all_postals_lie_on_one_line()
        {
            var postals = Enumerable.Range(0, 500).Select(i => new Postal(i.ToString(), i * 7.5, 42)).ToList();
            var index = PostalIndex.Build(postals);
            var random = new Random(3);
            for (var i = 0; i < 3_000; i++)
                AssertMatchesBruteForce(postals, index, random.NextDouble() * 6000 - 1500, random.NextDouble() * 600 - 300);
        }

        [Fact]
        public void A_tie_goes_to_the_entry_that_comes_first_in_the_file()
        {
            // (0,0) is exactly 10 from each; spread out so they land in different cells.
            var postals = new[] { new Postal("B", 10, 0), new Postal("A", -10, 0), new Postal("C", 0, 10), new Postal("Far", 5000, 5000) };
            var index = PostalIndex.Build(postals);
            Assert.True(index.TryFindNearest(0, 0, out var match));
            Assert.Equal("B", match.Code);

            var reversed = PostalIndex.Build(postals.Reverse());
            Assert.True(reversed.TryFindNearest(0, 0, out match));
            Assert.Equal("C", match.Code);
        }

        [Fact]
        public void Exact_repeats_are_kept_once_and_codes_at_several_points_are_reported()
        {
            var postals = new[]
            {
                new Postal("101", 0, 0), new Postal("101", 0, 0), new Postal("102", 100, 0),
                new Postal("103", 500, 500), new Postal("103", -500, -500), new Postal("103", 900, -900),
            };
            var index = PostalIndex.Build(postals);

            Assert.Equal(5, index.Count);
            Assert.Equal(new[] { "103" }, index.DuplicateCodes);
            Assert.True(index.TryFindNearest(-480, -490, out var match));
            Assert.Equal("103", match.Code);
            Assert.Equal(-500, match.Postal.X);
            Assert.True(index.TryFindNearest(1, 1, out match));
            Assert.Equal("101", match.Code);
        }

        [Fact]
        public void A_point_that_is_not_a_number_finds_nothing()
        {
            Assert.False(MapIndex.TryFindNearest(double.NaN, 0, out _));
            Assert.False(MapIndex.TryFindNearest(0, double.PositiveInfinity, out _));
        }

        [Fact]
        public void Building_from_nothing_or_from_bad_coordinates_is_refused()
        {
            Assert.Throws<ArgumentException>(() => PostalIndex.Build(Array.Empty<Postal>()));
            Assert.Throws<ArgumentException>(() => PostalIndex.Build(new[] { new Postal("1", double.NaN, 0) }));
        }

        [Fact]
        public void A_lookup_allocates_nothing()
        {
            MapIndex.TryFindNearest(0, 0, out _); // warm up
            var random = new Random(5);
            var points = Enumerable.Range(0, 10_000).Select(_ => (random.NextDouble() * 20_000 - 10_000, random.NextDouble() * 20_000 - 8_000)).ToArray();

            var before = GC.GetAllocatedBytesForCurrentThread();
            var found = 0;
            foreach (var (x, y) in points)
                if (MapIndex.TryFindNearest(x, y, out _)) found++;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(points.Length, found);
            Assert.Equal(0, allocated);
        }
    }
}
