namespace SonoranFiveM.Core.Postals
{
    /// <summary>One entry of a postal file: a code and its map position.</summary>
    public readonly struct Postal
    {
        public Postal(string code, double x, double y)
        {
            Code = code;
            X = x;
            Y = y;
        }

        public string Code { get; }
        public double X { get; }
        public double Y { get; }

        public override string ToString() => Code + " (" + X + ", " + Y + ")";
    }
}
