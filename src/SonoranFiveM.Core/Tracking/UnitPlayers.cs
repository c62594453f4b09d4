namespace SonoranFiveM.Core.Tracking
{
    /// <summary>
    /// The online players who are CAD units, as one immutable snapshot: player ids in ascending order with their
    /// communityUserIds. The roster publishes a new one whenever a player joins or leaves or the CAD's unit list changes;
    /// the sampling tick reads the current one without a lock, a hash or an allocation, so players who are not units
    /// cost nothing per tick.
    /// </summary>
    public sealed class UnitPlayers
    {
        public static readonly UnitPlayers Empty = new UnitPlayers(0, Array.Empty<int>(), Array.Empty<string>());

        private readonly int[] _playerIds;
        private readonly string[] _communityUserIds;

        private UnitPlayers(long version, int[] playerIds, string[] communityUserIds)
        {
            Version = version;
            _playerIds = playerIds;
            _communityUserIds = communityUserIds;
        }

        /// <summary>Grows by one with every snapshot the roster publishes; a changed value means the set may differ.</summary>
        public long Version { get; }

        public int Count => _playerIds.Length;

        /// <summary>The <paramref name="index"/>-th unit's player id (0 ≤ index &lt; <see cref="Count"/>; ascending).</summary>
        public int PlayerIdAt(int index) => _playerIds[index];

        public string CommunityUserIdAt(int index) => _communityUserIds[index];

        /// <summary>Where the player is in this snapshot; -1 when they are not a unit. Binary search, no allocation.</summary>
        public int IndexOf(int playerId)
        {
            var index = Array.BinarySearch(_playerIds, playerId);
            return index >= 0 ? index : -1;
        }

        public bool Contains(int playerId) => IndexOf(playerId) >= 0;

        /// <summary>The players whose communityUserId is in <paramref name="activeUnits"/>, as the next snapshot.</summary>
        public static UnitPlayers From(long version, IEnumerable<KeyValuePair<int, string>> players, ISet<string> activeUnits)
        {
            var ids = new List<int>();
            var communityUserIds = new List<string>();
            foreach (var pair in players)
            {
                if (!activeUnits.Contains(pair.Value)) continue;
                ids.Add(pair.Key);
                communityUserIds.Add(pair.Value);
            }

            var idArray = ids.ToArray();
            var communityUserIdArray = communityUserIds.ToArray();
            Array.Sort(idArray, communityUserIdArray);
            return new UnitPlayers(version, idArray, communityUserIdArray);
        }
    }
}
