namespace SonoranFiveM.Core.Cad.Models
{
    /// <summary>One unit's position for a unit-locations batch.</summary>
    /// <param name="Location">Display text, e.g. "[1234] Alta St / Vespucci Blvd".</param>
    /// <param name="Heading">Degrees, 0–360; sent as <c>coordinates.w</c> in v2.</param>
    /// <param name="VehicleModel">The vehicle model the live map shows (a name, see <c>VehicleModelNames</c>); null on foot or for an unknown model.</param>
    public sealed record UnitLocation(string CommunityUserId, string Location, float X, float Y, float Z, float Heading, string? VehicleModel = null);
}
