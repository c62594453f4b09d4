using System.Globalization;
using Newtonsoft.Json;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.ReliabilityTests.Loaders
{
    /// <summary>
    /// Postal files as hostile input: codes of every JSON type and size, coordinates at and far beyond the map bound,
    /// clusters with far outliers, repeats, and damaged text. Reading either refuses the file with a
    /// <see cref="PostalFileException"/> or keeps only entries on the map, reporting every skipped one; the index built
    /// from them stays within its work budget and answers as a linear scan does.
    /// </summary>
    public class PostalFuzzTests
    {
        private static readonly Gen<string> Coordinate = Gen.Frequency(
            (6, Gen.Double[-12_000, 12_000].Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
            (1, Gen.Double[-PostalIndex.MapBound, PostalIndex.MapBound].Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
            (1, HostileText.Number),
            (1, Gen.OneOf(new[] { "\"12\"", "null", "true", "[0]", "{}" })));

        private static readonly Gen<string> Code = Gen.Frequency(
            (6, Gen.Int[1, 99_999].Select(i => JsonConvert.ToString(i.ToString(CultureInfo.InvariantCulture)))),
            (2, Gen.Int[1, 99_999].Select(i => i.ToString(CultureInfo.InvariantCulture))),
            (1, HostileText.Number),
            (1, HostileText.Text.Select(t => JsonConvert.ToString(t))),
            (1, Gen.OneOf(new[] { "null", "true", "[]", "{}" })));

        private static readonly Gen<string> Entry = Gen.Frequency(
            (8, Gen.Select(Code, Coordinate, Coordinate).Select((c, x, y) => "{\"code\":" + c + ",\"x\":" + x + ",\"y\":" + y + "}")),
            (1, Gen.Select(Code, Coordinate).Select((c, x) => "{\"code\":" + c + ",\"x\":" + x + "}")),
            (1, HostileText.Value));

        /// <summary>Files of up to a few hundred entries, some repeated, some damaged.</summary>
        private static readonly Gen<string> File = Entry.Array[0, 300]
            .Select(Gen.Int[0, 3], (entries, repeats) => "[" + string.Join(",", Enumerable.Repeat(entries, repeats + 1).SelectMany(e => e)) + "]")
            .SelectMany(HostileText.Damaged);

        /// <summary>Big valid files in the shapes that are costly for a grid: a tight cluster with far outliers, a ring, a line.</summary>
        private static readonly Gen<Postal[]> CostlyShape = Gen.Select(Gen.Int[0, 2], Gen.Int[500, 3_000], Gen.Double[1, 50], Gen.Double[-PostalIndex.MapBound, PostalIndex.MapBound].Array[1, 4])
            .Select((shape, count, size, outliers) =>
            {
                var random = new Random(count);
                var points = Enumerable.Range(0, count).Select(i => shape switch
                {
                    0 => new Postal("c" + i, random.NextDouble() * size, random.NextDouble() * size),
                    1 => new Postal("r" + i, size * 100 * Math.Cos(i * 2 * Math.PI / count), size * 100 * Math.Sin(i * 2 * Math.PI / count)),
                    _ => new Postal("l" + i, i * size / 10, 0),
                });
                return points.Concat(outliers.Select((o, i) => new Postal("far" + i, o, -o))).ToArray();
            });

        [Fact]
        public void Postal_files_are_refused_or_read_to_entries_on_the_map_and_every_skip_is_reported()
        {
            File.Sample(json =>
            {
                PostalFile file;
                try
                {
                    file = PostalFileReader.Parse(json, "fuzz.json");
                }
                catch (PostalFileException e)
                {
                    Assert.StartsWith("Postal file 'fuzz.json': ", e.Message);
                    return;
                }

                Assert.NotEmpty(file.Postals);
                Assert.All(file.Postals, p => Assert.True(PostalIndex.IsOnMap(p.X) && PostalIndex.IsOnMap(p.Y) && p.Code.Length > 0));
                Assert.Equal(file.Skipped > 0, file.Problems.Count > 0);
                Assert.All(file.Problems, p => Assert.True(p.StartsWith("Postal file 'fuzz.json'", StringComparison.Ordinal) && p.Length < 600, p));

                AssertIndexAgreesWithScan(file.Postals.ToArray(), seed: json.Length);
            }, iter: SuiteSettings.Iterations / 2, print: json => json.Length > 400 ? json.Substring(0, 400) + "…" : json);
        }

        [Fact]
        public void Costly_arrangements_build_within_the_work_budget_and_answer_right()
        {
            CostlyShape.Sample(postals => AssertIndexAgreesWithScan(postals, seed: postals.Length),
                iter: 12, threads: 1, print: p => p.Length + " postals, first " + p[0] + ", last " + p[^1]);
        }

        private static void AssertIndexAgreesWithScan(Postal[] postals, int seed)
        {
            var index = PostalIndex.Build(postals);
            var distinct = postals.Select(p => (p.X, p.Y)).Distinct().Count();
            Assert.True(index.BuildWork <= 16_000L * distinct + 1_000_000, "build work " + index.BuildWork + " for " + distinct + " points");

            var random = new Random(seed);
            for (var i = 0; i < 50; i++)
            {
                var anchor = postals[random.Next(postals.Length)];
                var scale = Math.Pow(10, random.Next(0, 6));
                var x = anchor.X + (random.NextDouble() - 0.5) * scale;
                var y = anchor.Y + (random.NextDouble() - 0.5) * scale;
                Assert.True(index.TryFindNearest(x, y, out var match));
                var best = double.PositiveInfinity;
                var bestIndex = 0;
                for (var k = 0; k < postals.Length; k++)
                {
                    var d = (postals[k].X - x) * (postals[k].X - x) + (postals[k].Y - y) * (postals[k].Y - y);
                    if (d < best)
                    {
                        best = d;
                        bestIndex = k;
                    }
                }

                Assert.Equal(postals[bestIndex].Code, match.Code);
            }
        }
    }
}
