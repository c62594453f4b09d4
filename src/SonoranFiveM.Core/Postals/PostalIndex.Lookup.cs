using System.Runtime.CompilerServices;

namespace SonoranFiveM.Core.Postals
{
    public sealed partial class PostalIndex
    {
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
    }
}
