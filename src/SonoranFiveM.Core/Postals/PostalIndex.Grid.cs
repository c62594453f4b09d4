namespace SonoranFiveM.Core.Postals
{
    public sealed partial class PostalIndex
    {
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
    }
}
