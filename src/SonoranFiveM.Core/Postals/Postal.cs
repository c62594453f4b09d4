namespace SonoranFiveM.Core.Postals
{
    /// <summary>One entry of a postal file: a code and its map position.</summary>
    public readonly record struct Postal(string Code, double X, double Y)
    {
        public override string ToString() => Code + " (" + X + ", " + Y + ")";
    }
}
