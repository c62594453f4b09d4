using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Postals
{
    /// <summary>
    /// Nearest postal to a map point, from a uniform grid over the postals' bounding box (about two postals a cell).
    /// A lookup scans rings of cells outward from the query's cell and stops once no unvisited cell can hold anything
    /// closer; it allocates nothing. Ties go to the entry that comes first in the file, as a linear scan would.
    /// Immutable once built, so lookups are safe from any thread.
    /// </summary>
    public sealed class PostalIndex
    {
        private const double PostalsPerCell = 2.0;

        // Postals re-ordered so each cell's entries are contiguous: cell c holds [_cellStart[c], _cellStart[c + 1]).
        private readonly Postal[] _postals;
        private readonly double[] _xs;
        private readonly double[] _ys;
        private readonly int[] _fileOrder;
        private readonly int[] _cellStart;
        private readonly double _minX, _minY, _maxX, _maxY, _cellSize;
        private readonly int _columns, _rows;

        private PostalIndex(Postal[] postals, IReadOnlyList<string> duplicateCodes)
        {
            DuplicateCodes = duplicateCodes;
            var count = postals.Length;

            _minX = _minY = double.PositiveInfinity;
            double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
            foreach (var p in postals)
            {
                _minX = Math.Min(_minX, p.X);
                _minY = Math.Min(_minY, p.Y);
                maxX = Math.Max(maxX, p.X);
                maxY = Math.Max(maxY, p.Y);
            }

            var width = maxX - _minX;
            var height = maxY - _minY;
            var targetCells = Math.Max(1.0, count / PostalsPerCell);
            // The middle term keeps a thin (collinear) set from collapsing to zero-sized cells; the last keeps a single point sane.
            _cellSize = Math.Max(Math.Sqrt(width * height / targetCells), Math.Max(Math.Max(width, height) / targetCells, 1.0));
            _columns = (int)Math.Floor(width / _cellSize) + 1;
            _rows = (int)Math.Floor(height / _cellSize) + 1;
            _maxX = _minX + _columns * _cellSize;
            _maxY = _minY + _rows * _cellSize;

            // Counting sort by cell.
            var cellCount = _columns * _rows;
            _cellStart = new int[cellCount + 1];
            var cellOf = new int[count];
            for (var i = 0; i < count; i++)
            {
                cellOf[i] = CellIndex(ColumnOf(postals[i].X), RowOf(postals[i].Y));
                _cellStart[cellOf[i] + 1]++;
            }
            for (var c = 0; c < cellCount; c++) _cellStart[c + 1] += _cellStart[c];

            _postals = new Postal[count];
            _xs = new double[count];
            _ys = new double[count];
            _fileOrder = new int[count];
            var next = (int[])_cellStart.Clone();
            for (var i = 0; i < count; i++)
            {
                var slot = next[cellOf[i]]++;
                _postals[slot] = postals[i];
                _xs[slot] = postals[i].X;
                _ys[slot] = postals[i].Y;
                _fileOrder[slot] = i;
            }
        }

        /// <summary>How many postals the index holds (exact repeats of an entry are kept once).</summary>
        public int Count => _postals.Length;

        /// <summary>Codes that appear more than once at different points. All their points are kept; owners may want to know.</summary>
        public IReadOnlyList<string> DuplicateCodes { get; }

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
            match = default;
            if (!IsFinite(x) || !IsFinite(y)) return false;

            var cx = ColumnOf(x);
            var cy = RowOf(y);
            var bestDistanceSquared = double.PositiveInfinity;
            var bestSlot = -1;

            for (var ring = 0; ; ring++)
            {
                if (ring > 0)
                {
                    var bound = RingLowerBoundSquared(x, y, cx, cy, ring);
                    if (bound > bestDistanceSquared || double.IsPositiveInfinity(bound)) break;
                }
                ScanRing(x, y, cx, cy, ring, ref bestDistanceSquared, ref bestSlot);
            }

            match = new PostalMatch(_postals[bestSlot], Math.Sqrt(bestDistanceSquared));
            return true;
        }

        private void ScanRing(double x, double y, int cx, int cy, int ring, ref double best, ref int bestSlot)
        {
            if (ring == 0)
            {
                ScanCell(x, y, CellIndex(cx, cy), ref best, ref bestSlot);
                return;
            }

            var left = Math.Max(0, cx - ring);
            var right = Math.Min(_columns - 1, cx + ring);
            if (cy - ring >= 0)
                for (var i = left; i <= right; i++) ScanCell(x, y, CellIndex(i, cy - ring), ref best, ref bestSlot);
            if (cy + ring < _rows)
                for (var i = left; i <= right; i++) ScanCell(x, y, CellIndex(i, cy + ring), ref best, ref bestSlot);

            var bottom = Math.Max(0, cy - ring + 1);
            var top = Math.Min(_rows - 1, cy + ring - 1);
            if (cx - ring >= 0)
                for (var j = bottom; j <= top; j++) ScanCell(x, y, CellIndex(cx - ring, j), ref best, ref bestSlot);
            if (cx + ring < _columns)
                for (var j = bottom; j <= top; j++) ScanCell(x, y, CellIndex(cx + ring, j), ref best, ref bestSlot);
        }

        private void ScanCell(double x, double y, int cell, ref double best, ref int bestSlot)
        {
            for (var s = _cellStart[cell]; s < _cellStart[cell + 1]; s++)
            {
                var dx = _xs[s] - x;
                var dy = _ys[s] - y;
                var d = dx * dx + dy * dy;
                if (d < best || (d == best && _fileOrder[s] < _fileOrder[bestSlot]))
                {
                    best = d;
                    bestSlot = s;
                }
            }
        }

        /// <summary>
        /// A lower bound on the squared distance from (x, y) to any cell whose ring (Chebyshev distance in cells from
        /// (cx, cy)) is at least <paramref name="ring"/>; +∞ when no such cell exists. Exact for points off the map too.
        /// </summary>
        private double RingLowerBoundSquared(double x, double y, int cx, int cy, int ring)
        {
            var gapX = Math.Max(0, Math.Max(_minX - x, x - _maxX));
            var gapY = Math.Max(0, Math.Max(_minY - y, y - _maxY));
            var alongX = AxisBound(x, _minX, cx, ring, _columns);
            var alongY = AxisBound(y, _minY, cy, ring, _rows);
            return Math.Min(alongX * alongX + gapY * gapY, alongY * alongY + gapX * gapX);
        }

        private double AxisBound(double value, double origin, int cell, int ring, int cells)
        {
            var bound = double.PositiveInfinity;
            if (cell - ring >= 0) bound = Math.Max(0, value - (origin + (cell - ring + 1) * _cellSize));
            if (cell + ring < cells) bound = Math.Min(bound, Math.Max(0, origin + (cell + ring) * _cellSize - value));
            return bound;
        }

        private int ColumnOf(double x) => Clamp((x - _minX) / _cellSize, _columns);

        private int RowOf(double y) => Clamp((y - _minY) / _cellSize, _rows);

        private static int Clamp(double cell, int cells) => cell <= 0 ? 0 : cell >= cells - 1 ? cells - 1 : (int)cell;

        private int CellIndex(int column, int row) => row * _columns + column;

        private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
    }
}
