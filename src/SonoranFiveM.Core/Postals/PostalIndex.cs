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
    public sealed partial class PostalIndex
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

        /// <summary>The grid build went over its work budget.</summary>
        private sealed class WorkExhausted : Exception
        {
        }
    }
}
