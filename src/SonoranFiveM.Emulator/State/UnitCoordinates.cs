namespace SonoranFiveM.Emulator.State;

/// <summary>Map position of a unit; <c>W</c> is the heading.</summary>
public sealed record UnitCoordinates(double X, double Y, double Z = 0, double W = 0);
