using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Postals
{
    /// <summary>
    /// Nearest postal to a map point, answered from precomputed candidate lists.
    /// <para>
    /// At build time the postals' bounding box, widened by a margin, is cut into a uniform grid of square cells, and a
    /// cell whose candidate list is still long is split again, quadtree-fashion, until each region (a leaf) has only a
    /// few candidates. A leaf's candidates are every postal that can be the nearest one to some point of the leaf's
    /// rectangle: with U the smallest "farthest distance from a postal to the rectangle", a postal whose closest
    /// distance to the rectangle exceeds U is never the nearest anywhere in it, so it is left out (with a small slack
    /// so rounding can only keep extra candidates, never drop the right one).
    /// </para>
    /// <para>
    /// A lookup is then: the grid cell by arithmetic, a short descent to the leaf, and a scan of its few candidates,
    /// in file order, comparing the same squared distances a linear scan computes. Ties therefore go to the entry
    /// that comes first in the file, as a linear scan would. A point outside the widened box (far off the map) falls
    /// back to a linear scan. A lookup allocates nothing. Immutable once built, so lookups are safe from any thread.
    /// </para>
    /// </summary>
    public sealed class PostalIndex
    {
        /// <summary>Grid cells per postal before refinement.</summary>
        private const double CellsPerPostal = 1.0;

        /// <summary>A region with at most this many candidates is not split further.</summary>
        private const int LeafCandidates = 4;

        /// <summary>How often one grid cell may be split in four (bounds the work for points that are nearly equidistant, e.g. repeats).</summary>
        private const int MaxSplitDepth = 8;

        /// <summary>Margin around the postals' bounding box, as a fraction of its larger side; beyond it a lookup scans linearly.</summary>
        private const double MarginFraction = 0.25;

        /// <summary>Relative widening of every region rectangle and of the distance test, so rounding only ever keeps extra candidates.</summary>
        private const double Slack = 1e-9;

        // Postals in file order (after exact repeats are dropped), and their coordinates for the linear fallback.
        private readonly Postal[] _postals;
        private readonly double[] _xs;
        private readonly double[] _ys;

        // The grid over [_minX, _maxX] × [_minY, _maxY].
        private readonly double _minX, _minY, _maxX, _maxY, _inverseCellSize;
        private readonly int _columns, _rows;

        // A node code: ≥ 0 is a leaf (candidates [_leafStart[code], _leafStart[code + 1])); < 0 is split node ~code,
        // whose children are _children[4 * n + (x ≥ _splitX[n] ? 1 : 0) + (y ≥ _splitY[n] ? 2 : 0)].
        private readonly int[] _cellCode;
        private readonly double[] _splitX;
        private readonly double[] _splitY;
        private readonly int[] _children;
        private readonly int[] _leafStart;
        private readonly Candidate[] _candidates;

        private PostalIndex(Postal[] postals, IReadOnlyList<string> duplicateCodes)
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
            var cellSize = Math.Sqrt(width * height / Math.Max(1.0, count * CellsPerPostal));
            _columns = Math.Max(1, (int)Math.Ceiling(width / cellSize));
            _rows = Math.Max(1, (int)Math.Ceiling(height / cellSize));
            _maxX = _minX + _columns * cellSize;
            _maxY = _minY + _rows * cellSize;
            _inverseCellSize = 1.0 / cellSize;

            var builder = new Builder(_xs, _ys, _minX, _minY, cellSize, _columns, _rows);
            var all = new int[count];
            for (var i = 0; i < count; i++) all[i] = i;
            builder.BuildCells(0, _columns, 0, _rows, all);

            _cellCode = builder.CellCode;
            _splitX = builder.SplitX.ToArray();
            _splitY = builder.SplitY.ToArray();
            _children = builder.Children.ToArray();
            builder.LeafStart.Add(builder.Candidates.Count);
            _leafStart = builder.LeafStart.ToArray();
            _candidates = builder.Candidates.ToArray();
        }

        /// <summary>How many postals the index holds (exact repeats of an entry are kept once).</summary>
        public int Count => _postals.Length;

        /// <summary>Codes that appear more than once at different points. All their points are kept; owners may want to know.</summary>
        public IReadOnlyList<string> DuplicateCodes { get; }

        /// <summary>Regions (leaves) and the longest and total candidate lists, for tests and tuning.</summary>
        internal (int Leaves, int SplitNodes, int MaxCandidates, int TotalCandidates) Shape
        {
            get
            {
                var max = 0;
                for (var i = 0; i + 1 < _leafStart.Length; i++) max = Math.Max(max, _leafStart[i + 1] - _leafStart[i]);
                return (_leafStart.Length - 1, _splitX.Length, max, _candidates.Length);
            }
        }

        /// <summary>Builds an index. Entries that repeat an earlier entry exactly (same code and point) are dropped.</summary>
        /// <exception cref="ArgumentException">No postals, or a coordinate is not a finite number.</exception>
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
                if (!IsFinite(p.X) || !IsFinite(p.Y)) throw new ArgumentException("Postal " + p.Code + " has a coordinate that is not a finite number.", nameof(postals));
                if (!seenEntries.Add((p.Code, p.X, p.Y))) continue;
                pointsByCode.TryGetValue(p.Code, out var points);
                pointsByCode[p.Code] = points + 1;
                if (points == 1) duplicates.Add(p.Code);
                kept.Add(p);
            }
            if (kept.Count == 0) throw new ArgumentException("There are no postals to index.", nameof(postals));
            return new PostalIndex(kept.ToArray(), duplicates);
        }

        /// <summary>Reads and indexes a postal file.</summary>
        /// <exception cref="PostalFileException">The file is missing, unreadable, empty or malformed; the message says which and where.</exception>
        public static PostalIndex LoadFile(string path) => Build(PostalFileReader.ReadFile(path));

        /// <summary>Indexes postal JSON already in memory (e.g. from LoadResourceFile).</summary>
        /// <param name="source">The file name, for error messages.</param>
        /// <exception cref="PostalFileException">The text is empty or malformed; the message says what and where.</exception>
        public static PostalIndex Parse(string? json, string source) => Build(PostalFileReader.Parse(json, source));

        /// <summary>The postal nearest to (x, y) in the map plane. False only when x or y is not a finite number.</summary>
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
                while (code < 0)
                {
                    var node = ~code;
                    var quadrant = (x >= _splitX[node] ? 1 : 0) + (y >= _splitY[node] ? 2 : 0);
                    code = _children[4 * node + quadrant];
                }

                var candidates = _candidates;
                var end = _leafStart[code + 1];
                var bestSlot = _leafStart[code];
                ref readonly var first = ref candidates[bestSlot];
                var dx0 = first.X - x;
                var dy0 = first.Y - y;
                var best = dx0 * dx0 + dy0 * dy0;
                for (var s = bestSlot + 1; s < end; s++)
                {
                    ref readonly var c = ref candidates[s];
                    var dx = c.X - x;
                    var dy = c.Y - y;
                    var d = dx * dx + dy * dy;
                    if (d < best)
                    {
                        best = d;
                        bestSlot = s;
                    }
                }

                match = new PostalMatch(_postals[candidates[bestSlot].Index], Math.Sqrt(best));
                return true;
            }

            if (!IsFinite(x) || !IsFinite(y))
            {
                match = default;
                return false;
            }

            return FindNearestLinear(x, y, out match);
        }

        /// <summary>Far off the map: compare every postal, first in the file wins a tie.</summary>
        private bool FindNearestLinear(double x, double y, out PostalMatch match)
        {
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

        private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

        /// <summary>One candidate of a leaf: the postal's point next to its file position, so a scan reads one array.</summary>
        private readonly struct Candidate
        {
            public Candidate(double x, double y, int index)
            {
                X = x;
                Y = y;
                Index = index;
            }

            public readonly double X;
            public readonly double Y;
            public readonly int Index;
        }

        /// <summary>Build-time state: filters candidate lists down the grid and the splits.</summary>
        private sealed class Builder
        {
            private readonly double[] _xs;
            private readonly double[] _ys;
            private readonly double _minX, _minY, _cellSize;
            private readonly int _columns;

            public Builder(double[] xs, double[] ys, double minX, double minY, double cellSize, int columns, int rows)
            {
                _xs = xs;
                _ys = ys;
                _minX = minX;
                _minY = minY;
                _cellSize = cellSize;
                _columns = columns;
                CellCode = new int[columns * rows];
            }

            public int[] CellCode { get; }
            public List<double> SplitX { get; } = new List<double>();
            public List<double> SplitY { get; } = new List<double>();
            public List<int> Children { get; } = new List<int>();
            public List<int> LeafStart { get; } = new List<int>();
            public List<Candidate> Candidates { get; } = new List<Candidate>();

            /// <summary>
            /// Fills the cells [c0, c1) × [r0, r1), given every postal that can be nearest somewhere in that block
            /// (in file order). Halves the block along its longer side, filtering as it goes, so the work per level
            /// is proportional to the surviving candidates rather than to cells × postals.
            /// </summary>
            public void BuildCells(int c0, int c1, int r0, int r1, int[] candidates)
            {
                var rect = CellRect(c0, c1, r0, r1);
                var kept = Filter(candidates, rect);
                if (c1 - c0 == 1 && r1 - r0 == 1)
                {
                    CellCode[r0 * _columns + c0] = BuildNode(rect, kept, 0);
                    return;
                }

                if (c1 - c0 >= r1 - r0)
                {
                    var mid = c0 + (c1 - c0) / 2;
                    BuildCells(c0, mid, r0, r1, kept);
                    BuildCells(mid, c1, r0, r1, kept);
                }
                else
                {
                    var mid = r0 + (r1 - r0) / 2;
                    BuildCells(c0, c1, r0, mid, kept);
                    BuildCells(c0, c1, mid, r1, kept);
                }
            }

            private Rect CellRect(int c0, int c1, int r0, int r1)
            {
                // Widened so that a point the lookup's arithmetic puts in a cell is inside that cell's rectangle.
                var slack = _cellSize * 1e-6;
                return new Rect(_minX + c0 * _cellSize - slack, _minY + r0 * _cellSize - slack,
                    _minX + c1 * _cellSize + slack, _minY + r1 * _cellSize + slack);
            }

            private int BuildNode(Rect rect, int[] candidates, int depth)
            {
                if (candidates.Length <= LeafCandidates || depth >= MaxSplitDepth) return AddLeaf(candidates);

                var midX = (rect.X0 + rect.X1) * 0.5;
                var midY = (rect.Y0 + rect.Y1) * 0.5;
                var node = SplitX.Count;
                SplitX.Add(midX);
                SplitY.Add(midY);
                var at = Children.Count;
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
                    Children[at + q] = BuildNode(child, Filter(candidates, child), depth + 1);
                }

                return ~node;
            }

            private int AddLeaf(int[] candidates)
            {
                var leaf = LeafStart.Count;
                LeafStart.Add(Candidates.Count);
                foreach (var i in candidates) Candidates.Add(new Candidate(_xs[i], _ys[i], i));
                return leaf;
            }

            /// <summary>
            /// The postals of <paramref name="candidates"/> that can be nearest somewhere in <paramref name="rect"/>,
            /// order kept. For any point of the rectangle the nearest postal is at most U away, U being the smallest
            /// farthest-distance from a candidate to the rectangle, so a postal whose closest distance exceeds U is out.
            /// </summary>
            private int[] Filter(int[] candidates, Rect rect)
            {
                var bound = double.PositiveInfinity;
                foreach (var i in candidates)
                {
                    var fx = Math.Max(Math.Abs(_xs[i] - rect.X0), Math.Abs(_xs[i] - rect.X1));
                    var fy = Math.Max(Math.Abs(_ys[i] - rect.Y0), Math.Abs(_ys[i] - rect.Y1));
                    bound = Math.Min(bound, fx * fx + fy * fy);
                }

                bound *= 1 + Slack;
                var kept = new List<int>();
                foreach (var i in candidates)
                {
                    var nx = Math.Max(0, Math.Max(rect.X0 - _xs[i], _xs[i] - rect.X1));
                    var ny = Math.Max(0, Math.Max(rect.Y0 - _ys[i], _ys[i] - rect.Y1));
                    if (nx * nx + ny * ny <= bound) kept.Add(i);
                }

                return kept.ToArray();
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
