namespace SonoranFiveM.Core.Postals
{
    public sealed partial class PostalIndex
    {
        /// <summary>Build-time state: candidate filtering, splits, and leaves (identical candidate lists stored once).</summary>
        private sealed class Builder
        {
            private readonly double[] _xs;
            private readonly double[] _ys;
            private readonly Dictionary<int[], int> _leafByItems = new Dictionary<int[], int>(new SequenceComparer());
            private readonly int[] _near;
            private readonly int[] _kept;
            private readonly int[] _anchors = new int[5];

            private readonly long _workBudget;
            private int _splitsLeft;

            public Builder(double[] xs, double[] ys, int splitBudget, long workBudget)
            {
                _xs = xs;
                _ys = ys;
                _splitsLeft = splitBudget;
                _workBudget = workBudget;
                _near = new int[xs.Length];
                _kept = new int[xs.Length];
            }

            public List<int> Children { get; } = new List<int>();
            /// <summary>Distinct candidate lists; a leaf code is an index here until the constructor renumbers them.</summary>
            public List<int[]> Leaves { get; } = new List<int[]>();

            /// <summary>Candidate tests made so far.</summary>
            public long Work { get; private set; }

            /// <summary>The work budget is spent: the caller abandons this build.</summary>
            public bool OutOfWork => Work > _workBudget;

            public int BuildNode(Rect rect, int[] candidates, int depth)
            {
                if (candidates.Length <= SlotsPerLeaf || depth >= MaxSplitDepth || _splitsLeft == 0 || OutOfWork) return AddLeaf(candidates);
                _splitsLeft--;

                var midX = (rect.X0 + rect.X1) * 0.5;
                var midY = (rect.Y0 + rect.Y1) * 0.5;
                var node = Children.Count / 4;
                Children.Add(0);
                Children.Add(0);
                Children.Add(0);
                Children.Add(0);
                // Quadrant q: bit 0 set for x ≥ midX, bit 1 for y ≥ midY; the lookup picks it the same way.
                for (var q = 0; q < 4; q++)
                {
                    var child = new Rect(
                        (q & 1) == 0 ? rect.X0 : midX, (q & 2) == 0 ? rect.Y0 : midY,
                        (q & 1) == 0 ? midX : rect.X1, (q & 2) == 0 ? midY : rect.Y1);
                    Children[4 * node + q] = BuildNode(child, Filter(candidates, child), depth + 1);
                }

                return ~node;
            }

            public int AddLeaf(int[] candidates)
            {
                if (_leafByItems.TryGetValue(candidates, out var leaf)) return leaf;
                leaf = Leaves.Count;
                _leafByItems.Add(candidates, leaf);
                Leaves.Add(candidates);
                return leaf;
            }

            /// <summary>
            /// The postals of <paramref name="candidates"/> that can be nearest somewhere in <paramref name="rect"/>,
            /// order kept. For any point of the rectangle the nearest postal is at most U away, U being the smallest
            /// farthest-distance from a candidate to the rectangle, so a postal whose closest distance exceeds U is out.
            /// </summary>
            public int[] Filter(int[] candidates, Rect rect)
            {
                // Two passes over the candidates, then the anchor and dominance passes over the survivors.
                Work += 2L * candidates.Length;
                var bound = double.PositiveInfinity;
                foreach (var i in candidates)
                {
                    var fx = Math.Max(Math.Abs(_xs[i] - rect.X0), Math.Abs(_xs[i] - rect.X1));
                    var fy = Math.Max(Math.Abs(_ys[i] - rect.Y0), Math.Abs(_ys[i] - rect.Y1));
                    bound = Math.Min(bound, fx * fx + fy * fy);
                }

                bound *= 1 + Slack;
                var near = _near;
                var n = 0;
                foreach (var i in candidates)
                {
                    var nx = Math.Max(0, Math.Max(rect.X0 - _xs[i], _xs[i] - rect.X1));
                    var ny = Math.Max(0, Math.Max(rect.Y0 - _ys[i], _ys[i] - rect.Y1));
                    if (nx * nx + ny * ny <= bound) near[n++] = i;
                }

                // The distance bound is loose for a rectangle far from its postals (a long row of postals seen from
                // afar keeps many). Second pass: drop a postal that another one is strictly closer to everywhere in the
                // rectangle. Tested against the postals nearest to the corners and the centre, and against every other
                // survivor when few are left.
                var anchors = _anchors;
                Work += (long)n * (anchors.Length + anchors.Length * 4);
                for (var a = 0; a < anchors.Length; a++)
                {
                    var (ax, ay) = Probe(rect, a);
                    var nearest = double.PositiveInfinity;
                    for (var k = 0; k < n; k++)
                    {
                        var d = DistanceSquared(_xs[near[k]] - ax, _ys[near[k]] - ay);
                        if (d < nearest)
                        {
                            nearest = d;
                            anchors[a] = near[k];
                        }
                    }
                }

                var m = 0;
                for (var k = 0; k < n; k++)
                {
                    var p = near[k];
                    var dominated = false;
                    foreach (var q in anchors) dominated = dominated || Dominates(q, p, rect);
                    if (!dominated) near[m++] = p;
                }

                if (m > SlotsPerLeaf && m <= PairwiseLimit)
                {
                    Work += (long)m * m * 4;
                    var kept = _kept;
                    var r = 0;
                    for (var k = 0; k < m; k++)
                    {
                        var dominated = false;
                        for (var j = 0; j < m && !dominated; j++) dominated = Dominates(near[j], near[k], rect);
                        if (!dominated) kept[r++] = near[k];
                    }
                    Array.Copy(kept, near, r);
                    m = r;
                }

                var result = new int[m];
                Array.Copy(near, result, m);
                return result;
            }

            /// <summary>The rectangle's corners (0–3) and centre (4).</summary>
            private static (double X, double Y) Probe(Rect rect, int which) => which == 4
                ? ((rect.X0 + rect.X1) * 0.5, (rect.Y0 + rect.Y1) * 0.5)
                : ((which & 1) == 0 ? rect.X0 : rect.X1, (which & 2) == 0 ? rect.Y0 : rect.Y1);

            /// <summary>
            /// True when postal q is strictly closer than postal p at every point of the rectangle, by a relative margin
            /// far above rounding, so p can never be the answer there (not even on a tie). The difference of the two
            /// squared distances is affine in the point, so it is positive on the rectangle when it is at the corners.
            /// </summary>
            private bool Dominates(int q, int p, Rect rect)
            {
                if (q == p) return false;
                for (var corner = 0; corner < 4; corner++)
                {
                    var (cx, cy) = Probe(rect, corner);
                    var dp = DistanceSquared(_xs[p] - cx, _ys[p] - cy);
                    var dq = DistanceSquared(_xs[q] - cx, _ys[q] - cy);
                    if (!(dp - dq > Slack * (dp + dq))) return false;
                }

                return true;
            }
        }

        /// <summary>Equal candidate lists (same postals, same order) share one leaf.</summary>
        private sealed class SequenceComparer : IEqualityComparer<int[]>
        {
            public bool Equals(int[]? a, int[]? b)
            {
                if (a is null || b is null || a.Length != b.Length) return ReferenceEquals(a, b);
                for (var i = 0; i < a.Length; i++)
                    if (a[i] != b[i]) return false;
                return true;
            }

            public int GetHashCode(int[] items)
            {
                var hash = 17;
                foreach (var i in items) hash = hash * 31 + i;
                return hash;
            }
        }

        private readonly struct Rect
        {
            public Rect(double x0, double y0, double x1, double y1)
            {
                X0 = x0;
                Y0 = y0;
                X1 = x1;
                Y1 = y1;
            }

            public readonly double X0, Y0, X1, Y1;
        }
    }
}
