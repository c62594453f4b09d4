using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Cad.Models
{
    /// <summary>A unit signed in to the CAD, from the active-unit list.</summary>
    public sealed class ActiveUnit
    {
        public ActiveUnit(long id, string? communityUserId, int status, bool isPanic, string? unitNumber, string? name)
            : this(id, string.IsNullOrEmpty(communityUserId) ? Array.Empty<string>() : new[] { communityUserId! }, status, isPanic, unitNumber, name)
        {
        }

        public ActiveUnit(long id, IReadOnlyList<string> communityUserIds, int status, bool isPanic, string? unitNumber, string? name)
        {
            Id = id;
            CommunityUserIds = communityUserIds ?? throw new ArgumentNullException(nameof(communityUserIds));
            Status = status;
            IsPanic = isPanic;
            UnitNumber = unitNumber;
            Name = name;
        }

        public long Id { get; }

        /// <summary>The first of <see cref="CommunityUserIds"/>; null when the CAD gave none.</summary>
        public string? CommunityUserId => CommunityUserIds.Count > 0 ? CommunityUserIds[0] : null;

        /// <summary>
        /// Every id the CAD gave for the unit, each a join key back to players: <c>data.communityUserIds[]</c>,
        /// <c>data.communityUserId</c>, <c>data.apiIds[]</c>, and v1's <c>data.apiId1</c>/<c>apiId2</c>, without repeats.
        /// </summary>
        public IReadOnlyList<string> CommunityUserIds { get; }

        public int Status { get; }
        public bool IsPanic { get; }
        public string? UnitNumber { get; }
        public string? Name { get; }
    }
}
