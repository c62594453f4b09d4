namespace SonoranFiveM.Core.Cad.Models
{
    /// <summary>A unit signed in to the CAD, from the active-units list.</summary>
    public sealed class ActiveUnit
    {
        public ActiveUnit(long id, string? communityUserId, int status, bool isPanic, string? unitNumber, string? name)
        {
            Id = id;
            CommunityUserId = communityUserId;
            Status = status;
            IsPanic = isPanic;
            UnitNumber = unitNumber;
            Name = name;
        }

        public long Id { get; }

        /// <summary>The join key back to players (<c>data.communityUserId</c>; v1 <c>data.apiId1</c>).</summary>
        public string? CommunityUserId { get; }

        public int Status { get; }
        public bool IsPanic { get; }
        public string? UnitNumber { get; }
        public string? Name { get; }
    }
}
