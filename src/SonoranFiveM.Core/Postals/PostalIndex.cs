using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SonoranFiveM.Core.Postals
{
    /// <summary>
    /// Nearest postal to a map point, answered from precomputed candidate lists.
    /// <para>
    /// At build time the postals' bounding box, widened by a margin, is cut into a uniform grid of square cells (about
    /// eight a postal), and a cell whose candidate list is still longer than four is split in four, quadtree-fashion,
    /// until each region (a leaf) has at most four. A region's candidates are the postals that can be the nearest one
    /// somewhere in its rectangle. Two tests remove the others: a postal whose closest distance to the rectangle exceeds
    /// the smallest "farthest distance" of any postal to it, and a postal that some other postal is strictly closer to
    /// at all four corners (hence everywhere in the rectangle). Both keep a margin, so rounding can only keep extra
    /// candidates, never drop the right one. Of several postals at one point only the first in the file is a candidate.
    /// </para>
    /// <para>
    /// A lookup is then: the grid cell by arithmetic, in a few cells a short descent to the leaf, and four comparisons
    /// without data-dependent branches (short lists are padded by repeating their last entry). It compares the same
    /// squared distances a linear scan computes, candidates in file order, the later one winning only when strictly
    /// closer, so ties go to the entry that comes first in the file, as a linear scan would. A point outside the
    /// widened box (far off the map) falls back to a linear scan. A lookup allocates nothing. Immutable once built,
    /// so lookups are safe from any thread.
    /// </para>
    /// </summary>
    public sealed class PostalIndex
    {
        /// <summary>Grid cells per postal before refinement.</summary>
        private const double CellsPerPostal = 8.0;

        /// <summary>A region with at most this many candidates is not split further; a lookup compares this many at once.</summary>
        private const int SlotsPerLeaf = 4;

        /// <summary>How often one grid cell may be split in four (bounds the work for points that are nearly equidistant, e.g. repeats).</summary>
        private const int MaxSplitDepth = 8;

        /// <summary>Margin around the postals' bounding box, as a fraction of its larger side; beyond it a lookup scans linearly.</summary>
        private const double MarginFraction = 0.25;

        /// <summary>Caps the split nodes (times the distinct points), so no arrangement of postals makes the build explode.</summary>
        private const int SplitBudgetPerPostal = 16;

        /// <summary>Candidate lists up to this long are also tested pair by pair at build time.</summary>
        private const int PairwiseLimit = 64;

        /// <summary>
        /// The build's work (candidate tests) allowed per distinct point, about four times what the generated map needs.
        /// An arrangement that would need more (e.g. a dense cluster with a far outlier, so most cells see the whole
        /// cluster) gets a one-region index instead: every lookup then compares all postals, as a linear scan does,
        /// but the build stays bounded in time and memory.
        /// </summary>
        private const long WorkPerPostal = 16_000;

        /// <summary>Relative margin of both candidate tests, far above rounding, so rounding only ever keeps extra candidates.</summary>
        private const double Slack = 1e-9;

        // Postals in file order (after exact repeats are dropped), and their coordinates for the linear fallback.
        private readonly Postal[] _postals;
        private readonly double[] _xs;
        private readonly double[] _ys;

        // The grid over [_minX, _maxX] × [_minY, _maxY]; a cell's rectangle is widened by _cellSlack on every side.
        private readonly double _minX, _minY, _maxX, _maxY, _cellSize, _inverseCellSize, _cellSlack;
        private readonly int _columns, _rows;

        // A node code: ≥ 0 is a leaf; < 0 is a node split in four at its rectangle's midpoint, whose children are
        // _children[4 * ~code + (x ≥ midX ? 1 : 0) + (y ≥ midY ? 2 : 0)].
        // Leaf L's candidates (postal indices, file order) are _slots[4L .. 4L + 3], short lists padded by repeating
        // their last entry; the few leaves with more than four (L ≥ _shortLeaves, numbered last) continue in
        // _tailItems[_tailStart[L - _shortLeaves] .. _tailStart[L - _shortLeaves + 1]).
        private readonly int[] _cellCode;
        private readonly int[] _children;
        private readonly int[] _slots;
        private readonly int _shortLeaves;
        private readonly int[] _tailStart;
        private readonly int[] _tailItems;
        private readonly int _maxCandidates;
        private readonly int _totalCandidates;

        /// <summary>The most postals an index holds; a real postal map has one to three thousand.</summary>
        public const int MaxPostals = 10_000;

        /// <summary>
        /// Postals must lie within ±this many metres of the map origin on both axes. The GTA V map spans about −4,000 to
        /// +8,000; this leaves room for any add-on island, and it keeps every squared distance far from overflow.
        /// </summary>
        public const double MapBound = 50_000;

        private PostalIndex(Postal[] postals, IReadOnlyList<string> duplicateCodes, bool oneRegion = false)
        {
            DuplicateCodes = duplicateCodes;
            _postals = postals;
            var count = postals.Length;
            _xs = new double[count];
            _ys = new double[count];
            double minX = double.PositiveInfinity, minY = double.PositiveInfinity;
            double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
            for (var i = 0; i < count; i++)
            {
                _xs[i] = postals[i].X;
                _ys[i] = postals[i].Y;
                minX = Math.Min(minX, postals[i].X);
                minY = Math.Min(minY, postals[i].Y);
                maxX = Math.Max(maxX, postals[i].X);
                maxY = Math.Max(maxY, postals[i].Y);
            }

            // The margin also keeps a single point or a line of points from giving a zero-sized box.
            var margin = Math.Max(Math.Max(maxX - minX, maxY - minY) * MarginFraction, 1.0);
            _minX = minX - margin;
            _minY = minY - margin;
            var width = maxX + margin - _minX;
            var height = maxY + margin - _minY;
            if (oneRegion)
            {
                _cellSize = Math.Max(width, height);
                _columns = 1;
                _rows = 1;
            }
            else
            {
                _cellSize = Math.Sqrt(width * height / Math.Max(1.0, count * CellsPerPostal));
                _columns = Math.Max(1, (int)Math.Ceiling(width / _cellSize));
                _rows = Math.Max(1, (int)Math.Ceiling(height / _cellSize));
            }

            _maxX = _minX + _columns * _cellSize;
            _maxY = _minY + _rows * _cellSize;
            _inverseCellSize = 1.0 / _cellSize;
            // Widens each cell so a point the lookup's arithmetic puts in a cell is inside that cell's rectangle.
            _cellSlack = _cellSize * 1e-6;

            _cellCode = new int[_columns * _rows];
            // Of several postals at exactly one point only the first in the file can ever be the answer (the others
            // always tie with it), so only that one is a candidate.
            var firstAtPoint = new HashSet<(double, double)>();
            var distinct = new List<int>(count);
            for (var i = 0; i < count; i++)
                if (firstAtPoint.Add((_xs[i], _ys[i]))) distinct.Add(i);
            var builder = new Builder(_xs, _ys, SplitBudgetPerPostal * distinct.Count + 1024, WorkPerPostal * distinct.Count + 1_000_000);
            if (oneRegion) _cellCode[0] = builder.AddLeaf(distinct.ToArray());
            else BuildCells(builder, 0, _columns, 0, _rows, distinct.ToArray());
            if (builder.OutOfWork) throw new WorkExhausted();
            BuildWork = builder.Work;
            IsOneRegion = oneRegion;

            _children = builder.Children.ToArray();

            // Number the leaves with at most four candidates first, so one comparison tells whether a tail follows.
            var leaves = builder.Leaves;
            var finalId = new int[leaves.Count];
            var next = 0;
            for (var l = 0; l < leaves.Count; l++)
                if (leaves[l].Length <= SlotsPerLeaf) finalId[l] = next++;
            _shortLeaves = next;
            for (var l = 0; l < leaves.Count; l++)
                if (leaves[l].Length > SlotsPerLeaf) finalId[l] = next++;
            for (var c = 0; c < _cellCode.Length; c++)
                if (_cellCode[c] >= 0) _cellCode[c] = finalId[_cellCode[c]];
            for (var c = 0; c < _children.Length; c++)
                if (_children[c] >= 0) _children[c] = finalId[_children[c]];

            _slots = new int[SlotsPerLeaf * leaves.Count];
            _tailStart = new int[leaves.Count - _shortLeaves + 1];
            var tail = new List<int>();
            var ordered = new int[leaves.Count][];
            for (var l = 0; l < leaves.Count; l++) ordered[finalId[l]] = leaves[l];
            for (var l = 0; l < ordered.Length; l++)
            {
                var list = ordered[l];
                _maxCandidates = Math.Max(_maxCandidates, list.Length);
                _totalCandidates += list.Length;
                // A repeat never wins (it is not strictly closer than itself) and is the same postal anyway.
                for (var k = 0; k < SlotsPerLeaf; k++) _slots[SlotsPerLeaf * l + k] = list[Math.Min(k, list.Length - 1)];
                if (l < _shortLeaves) continue;
                for (var k = SlotsPerLeaf; k < list.Length; k++) tail.Add(list[k]);
                _tailStart[l - _shortLeaves + 1] = tail.Count;
            }
            _tailItems = tail.ToArray();
        }

        /// <summary>
        /// Fills the cells [c0, c1) × [r0, r1), given every postal that can be nearest somewhere in that block (file
        /// order). Halves the block along its longer side, filtering as it goes, so the work per level is proportional
        /// to the surviving candidates rather than to cells × postals.
        /// </summary>
        private void BuildCells(Builder builder, int c0, int c1, int r0, int r1, int[] candidates)
        {
            var rect = new Rect(_minX + c0 * _cellSize - _cellSlack, _minY + r0 * _cellSize - _cellSlack,
                _minX + c1 * _cellSize + _cellSlack, _minY + r1 * _cellSize + _cellSlack);
            if (builder.OutOfWork) return;
            var kept = builder.Filter(candidates, rect);
            if (c1 - c0 == 1 && r1 - r0 == 1)
            {
                _cellCode[r0 * _columns + c0] = builder.BuildNode(rect, kept, 0);
                return;
            }

            if (c1 - c0 >= r1 - r0)
            {
                var mid = c0 + (c1 - c0) / 2;
                BuildCells(builder, c0, mid, r0, r1, kept);
                BuildCells(builder, mid, c1, r0, r1, kept);
            }
            else
            {
                var mid = r0 + (r1 - r0) / 2;
                BuildCells(builder, c0, c1, r0, mid, kept);
                BuildCells(builder, c0, c1, mid, r1, kept);
            }
        }

        /// <summary>How many postals the index holds (exact repeats of an entry are kept once).</summary>
        public int Count => _postals.Length;

        /// <summary>Codes that appear more than once at different points. All their points are kept; owners may want to know.</summary>
        public IReadOnlyList<string> DuplicateCodes { get; }

        /// <summary>Candidate tests the build made (bounded by <see cref="WorkPerPostal"/> per point), for tests and tuning.</summary>
        internal long BuildWork { get; }

        /// <summary>True when the postals' arrangement would have cost the grid more than its budget, so every lookup compares all postals.</summary>
        public bool IsOneRegion { get; }

        /// <summary>Distinct candidate lists (leaves), split nodes, the longest list and all lists' total length, for tests and tuning.</summary>
        internal (int Leaves, int SplitNodes, int MaxCandidates, int TotalCandidates) Shape
        {
            get { return (_slots.Length / SlotsPerLeaf, _children.Length / 4, _maxCandidates, _totalCandidates); }
        }

        /// <summary>
        /// Builds an index, in time and memory bounded by the number of postals whatever their arrangement. Entries that
        /// repeat an earlier entry exactly (same code and point) are dropped. A postal file's entries come checked from
        /// <see cref="PostalFileReader"/>, which reports and skips the ones this would refuse.
        /// </summary>
        /// <exception cref="ArgumentException">No postals, more than <see cref="MaxPostals"/>, or a coordinate that is not a finite number within ±<see cref="MapBound"/>.</exception>
        public static PostalIndex Build(IEnumerable<Postal> postals)
        {
            if (postals is null) throw new ArgumentNullException(nameof(postals));
            var kept = new List<Postal>();
            var seenEntries = new HashSet<(string, double, double)>();
            var pointsByCode = new Dictionary<string, int>(StringComparer.Ordinal);
            var duplicates = new List<string>();
            foreach (var p in postals)
            {
                if (p.Code is null) throw new ArgumentException("A postal has no code.", nameof(postals));
                if (!IsOnMap(p.X) || !IsOnMap(p.Y)) throw new ArgumentException("Postal " + p.Code + " has a coordinate that is not a number within ±" + MapBound + ".", nameof(postals));
                if (!seenEntries.Add((p.Code, p.X, p.Y))) continue;
                if (kept.Count == MaxPostals) throw new ArgumentException("More than " + MaxPostals + " postals.", nameof(postals));
                pointsByCode.TryGetValue(p.Code, out var points);
                pointsByCode[p.Code] = points + 1;
                if (points == 1) duplicates.Add(p.Code);
                kept.Add(p);
            }
            if (kept.Count == 0) throw new ArgumentException("There are no postals to index.", nameof(postals));
            try
            {
                return new PostalIndex(kept.ToArray(), duplicates);
            }
            catch (WorkExhausted)
            {
                return new PostalIndex(kept.ToArray(), duplicates, oneRegion: true);
            }
        }

        /// <summary>True for a finite coordinate within ±<see cref="MapBound"/>.</summary>
        public static bool IsOnMap(double coordinate) => coordinate >= -MapBound && coordinate <= MapBound;

        /// <summary>The postal nearest to (x, y) in the map plane. False only when x or y is not a finite number.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryFindNearest(double x, double y, out PostalMatch match)
        {
            // Inside the box the comparisons are also false for NaN, so only points outside need the finiteness test.
            if (x >= _minX && x <= _maxX && y >= _minY && y <= _maxY)
            {
                var column = (int)((x - _minX) * _inverseCellSize);
                if (column >= _columns) column = _columns - 1;
                var row = (int)((y - _minY) * _inverseCellSize);
                if (row >= _rows) row = _rows - 1;

                var code = _cellCode[row * _columns + column];
                if (code < 0) code = Descend(code, column, row, x, y);

                // Every leaf has four slots, so they are compared without a loop and without data-dependent branches:
                // a knock-out in pairs, where the later entry wins only when strictly closer, which picks the same entry
                // as a first-wins scan in file order.
                var slots = _slots;
                var xs = _xs;
                var ys = _ys;
                var s = SlotsPerLeaf * code;
                var i0 = slots[s];
                var i1 = slots[s + 1];
                var i2 = slots[s + 2];
                var i3 = slots[s + 3];
                var d0 = DistanceSquared(xs[i0] - x, ys[i0] - y);
                var d1 = DistanceSquared(xs[i1] - x, ys[i1] - y);
                var d2 = DistanceSquared(xs[i2] - x, ys[i2] - y);
                var d3 = DistanceSquared(xs[i3] - x, ys[i3] - y);
                i0 = d1 < d0 ? i1 : i0;
                d0 = Math.Min(d0, d1);
                i2 = d3 < d2 ? i3 : i2;
                d2 = Math.Min(d2, d3);
                var bestIndex = d2 < d0 ? i2 : i0;
                var best = Math.Min(d0, d2);
                if (code >= _shortLeaves) ScanTail(code - _shortLeaves, x, y, ref best, ref bestIndex);

                match = new PostalMatch(_postals[bestIndex], Math.Sqrt(best));
                return true;
            }

            return FindNearestOutside(x, y, out match);
        }

        /// <summary>From a split cell down to the leaf holding (x, y); the split points are implicit (midpoints), computed exactly as the builder did.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private int Descend(int code, int column, int row, double x, double y)
        {
            var x0 = _minX + column * _cellSize - _cellSlack;
            var x1 = _minX + (column + 1) * _cellSize + _cellSlack;
            var y0 = _minY + row * _cellSize - _cellSlack;
            var y1 = _minY + (row + 1) * _cellSize + _cellSlack;
            do
            {
                var midX = (x0 + x1) * 0.5;
                var midY = (y0 + y1) * 0.5;
                var quadrant = 0;
                if (x >= midX) { quadrant = 1; x0 = midX; } else x1 = midX;
                if (y >= midY) { quadrant += 2; y0 = midY; } else y1 = midY;
                code = _children[4 * ~code + quadrant];
            }
            while (code < 0);
            return code;
        }

        /// <summary>The candidates of a long leaf after its first four; they come later in the file, so only a strictly closer one wins.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void ScanTail(int longLeaf, double x, double y, ref double best, ref int bestIndex)
        {
            for (var s = _tailStart[longLeaf]; s < _tailStart[longLeaf + 1]; s++)
            {
                var i = _tailItems[s];
                var d = DistanceSquared(_xs[i] - x, _ys[i] - y);
                if (d < best)
                {
                    best = d;
                    bestIndex = i;
                }
            }
        }

        /// <summary>Outside the indexed area (far off the map): compare every postal, first in the file wins a tie.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool FindNearestOutside(double x, double y, out PostalMatch match)
        {
            if (!IsFinite(x) || !IsFinite(y))
            {
                match = default;
                return false;
            }

            var xs = _xs;
            var ys = _ys;
            var best = double.PositiveInfinity;
            var bestIndex = 0;
            for (var i = 0; i < xs.Length && i < ys.Length; i++)
            {
                var dx = xs[i] - x;
                var dy = ys[i] - y;
                var d = dx * dx + dy * dy;
                if (d < best)
                {
                    best = d;
                    bestIndex = i;
                }
            }

            match = new PostalMatch(_postals[bestIndex], Math.Sqrt(best));
            return true;
        }

        private static double DistanceSquared(double dx, double dy) => dx * dx + dy * dy;

        private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

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

        /// <summary>The grid build went over its work budget.</summary>
        private sealed class WorkExhausted : Exception
        {
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
