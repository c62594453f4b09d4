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
        public void Agrees_with_a_linear_scan_when_all_postals_lie_on_one_vertical_line()
        {
            var postals = Enumerable.Range(0, 300).Select(i => new Postal(i.ToString(), -17.25, i * 13.0 - 2000)).ToList();
            var index = PostalIndex.Build(postals);
            var random = new Random(31);
            for (var i = 0; i < 3_000; i++)
                AssertMatchesBruteForce(postals, index, random.NextDouble() * 800 - 400, random.NextDouble() * 5000 - 2500);
        }

        [Fact]
        public void A_single_postal_is_the_answer_everywhere()
        {
            var postals = new[] { new Postal("7", 123.5, -45.25) };
            var index = PostalIndex.Build(postals);
            Assert.Equal(1, index.Count);
            var random = new Random(11);
            for (var i = 0; i < 2_000; i++)
                AssertMatchesBruteForce(postals, index, 123.5 + (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(0, 7)), -45.25 + (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(0, 7)));
            AssertMatchesBruteForce(postals, index, 123.5, -45.25);
        }

        [Fact]
        public void Many_codes_at_one_point_go_to_the_first_in_the_file()
        {
            // Twelve codes share one point (more than a region's four fixed candidate slots); the rest are scattered.
            // The first of the twelve must win everywhere that point is nearest.
            var random = new Random(17);
            var postals = Enumerable.Range(0, 40).Select(i => new Postal("S" + i, random.Next(-2000, 2000), random.Next(-2000, 2000))).ToList();
            postals.InsertRange(15, Enumerable.Range(0, 12).Select(i => new Postal("Same" + i, 250, 250)));
            var index = PostalIndex.Build(postals);
            Assert.Equal(52, index.Count);

            Assert.True(index.TryFindNearest(250, 250, out var match));
            Assert.Equal("Same0", match.Code);
            Assert.Equal(0, match.Distance);
            for (var i = 0; i < 5_000; i++)
                AssertMatchesBruteForce(postals, index, random.NextDouble() * 5000 - 2500, random.NextDouble() * 5000 - 2500);
            for (var i = 0; i < 2_000; i++)
                AssertMatchesBruteForce(postals, index, 250 + random.NextDouble() * 2 - 1, 250 + random.NextDouble() * 2 - 1);
        }

        [Fact]
        public void Agrees_with_a_linear_scan_on_a_lattice_where_most_points_are_ties()
        {
            // Postals on a regular lattice, queried on a finer lattice: exact ties between two and four postals, and
            // many queries exactly on region boundaries.
            var postals = new List<Postal>();
            for (var i = 0; i < 20; i++)
                for (var j = 0; j < 15; j++)
                    postals.Add(new Postal(i + "-" + j, i * 100, j * 100));
            var random = new Random(5);
            var shuffled = postals.OrderBy(_ => random.Next()).ToList();
            foreach (var set in new[] { postals, shuffled })
            {
                var index = PostalIndex.Build(set);
                for (var qx = -400; qx <= 2300; qx += 25)
                    for (var qy = -400; qy <= 1800; qy += 25)
                        AssertMatchesBruteForce(set, index, qx, qy);
            }
        }

        [Fact]
        public void Postals_on_a_circle_tie_at_its_centre_and_agree_elsewhere()
        {
            var postals = Enumerable.Range(0, 64)
                .Select(i => new Postal("C" + i, Math.Round(Math.Cos(i * Math.PI / 32) * 500, 3), Math.Round(Math.Sin(i * Math.PI / 32) * 500, 3)))
                .ToList();
            var index = PostalIndex.Build(postals);
            // Near the centre every postal is a candidate and splitting stops at its depth limit: long candidate lists.
            Assert.True(index.Shape.MaxCandidates > 4, "expected a candidate list longer than four near the centre");
            Assert.True(index.Shape.SplitNodes <= 16 * postals.Count + 1024, "the split budget bounds the build");
            AssertMatchesBruteForce(postals, index, 0, 0);
            var random = new Random(23);
            for (var i = 0; i < 3_000; i++)
                AssertMatchesBruteForce(postals, index, random.NextDouble() * 20 - 10, random.NextDouble() * 20 - 10);
            for (var i = 0; i < 3_000; i++)
                AssertMatchesBruteForce(postals, index, random.NextDouble() * 2000 - 1000, random.NextDouble() * 2000 - 1000);
        }

        [Fact]
        public void Agrees_with_a_linear_scan_across_the_edge_of_the_indexed_area()
        {
            // Lookups inside a margin around the postals use the regions; beyond it they scan. Sweep across that edge.
            var random = new Random(41);
            var postals = Enumerable.Range(0, 200).Select(i => new Postal("E" + i, random.NextDouble() * 1000, random.NextDouble() * 400)).ToList();
            var index = PostalIndex.Build(postals);
            for (var t = -800.0; t <= 1800; t += 0.75)
            {
                AssertMatchesBruteForce(postals, index, t, -260);
                AssertMatchesBruteForce(postals, index, t, 670);
                AssertMatchesBruteForce(postals, index, -260, t * 0.5);
                AssertMatchesBruteForce(postals, index, 1260, t * 0.5);
            }
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

        [Theory]
        [InlineData(0, 1e16)]
        [InlineData(1e200, 0)]
        [InlineData(0, -50_000.001)]
        public void A_point_off_the_map_is_refused_instead_of_blowing_up_the_build(double x, double y)
        {
            // Before the map bound: 1e16 ran the build out of memory, and [0,0] with [1e200,0] threw IndexOutOfRange.
            var e = Assert.Throws<ArgumentException>(() => PostalIndex.Build(new[] { new Postal("1", 0, 0), new Postal("2", x, y) }));
            Assert.Contains("±50000", e.Message);
        }

        [Fact]
        public void More_postals_than_an_index_holds_are_refused()
        {
            var postals = Enumerable.Range(0, PostalIndex.MaxPostals + 1).Select(i => new Postal(i.ToString(), i % 200, i / 200));
            Assert.Throws<ArgumentException>(() => PostalIndex.Build(postals));
        }

        [Fact]
        public void Points_at_both_ends_of_the_map_bound_build_a_correct_index()
        {
            var postals = new[] { new Postal("a", 0, 0), new Postal("b", PostalIndex.MapBound, -PostalIndex.MapBound), new Postal("c", -PostalIndex.MapBound, PostalIndex.MapBound), new Postal("d", 1, 0) };
            var index = PostalIndex.Build(postals);
            var random = new Random(23);
            for (var i = 0; i < 3_000; i++)
                AssertMatchesBruteForce(postals, index, random.NextDouble() * 2.4 * PostalIndex.MapBound - 1.2 * PostalIndex.MapBound, random.NextDouble() * 2.4 * PostalIndex.MapBound - 1.2 * PostalIndex.MapBound);
        }

        [Fact]
        public void A_dense_cluster_with_a_far_outlier_builds_within_its_work_budget()
        {
            // The shape that made the fuzzed build slow: every cell of the big box sees the whole cluster.
            var random = new Random(29);
            var postals = Enumerable.Range(0, 3_000).Select(i => new Postal("c" + i, random.NextDouble() * 10, random.NextDouble() * 10))
                .Append(new Postal("far", 0, PostalIndex.MapBound)).ToList();

            var index = PostalIndex.Build(postals);

            Assert.True(index.BuildWork <= 16_000L * postals.Count + 1_000_000, "work " + index.BuildWork);
            for (var i = 0; i < 3_000; i++)
                AssertMatchesBruteForce(postals, index, random.NextDouble() * 40 - 15, random.NextDouble() * 40 - 15);
            for (var i = 0; i < 1_000; i++)
                AssertMatchesBruteForce(postals, index, random.NextDouble() * 2_000 - 1_000, random.NextDouble() * PostalIndex.MapBound);
        }

        [Fact]
        public void An_arrangement_too_costly_for_the_grid_gets_one_region_that_still_answers_right()
        {
            // Thousands of points on a circle: near the centre every one of them can be nearest, in every cell.
            var postals = Enumerable.Range(0, 3_000)
                .Select(i => new Postal("o" + i, 1000 * Math.Cos(i * 2 * Math.PI / 3000), 1000 * Math.Sin(i * 2 * Math.PI / 3000))).ToList();

            var index = PostalIndex.Build(postals);

            Assert.True(index.IsOneRegion);
            Assert.Equal((1, 0, 3_000, 3_000), index.Shape);
            var random = new Random(37);
            for (var i = 0; i < 1_000; i++)
                AssertMatchesBruteForce(postals, index, random.NextDouble() * 3_000 - 1_500, random.NextDouble() * 3_000 - 1_500);
            Assert.False(MapIndex.IsOneRegion);
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
