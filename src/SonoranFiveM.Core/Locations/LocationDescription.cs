namespace SonoranFiveM.Core.Locations
{
    /// <summary>Where a player is, as the CAD should see it.</summary>
    /// <param name="Text">The display line (see <see cref="LocationText"/>).</param>
    /// <param name="Postal">The nearest postal code, when a postal file is loaded and the position is known.</param>
    /// <param name="Position">The server-side position, when the player has a ped.</param>
    public sealed record LocationDescription(string Text, string? Postal, WorldPosition? Position);
}
