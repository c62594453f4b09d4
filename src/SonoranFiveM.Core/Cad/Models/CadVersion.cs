namespace SonoranFiveM.Core.Cad.Models
{
    /// <summary>The community's plan: 0 FREE, 1 STARTER, 2 STANDARD, 3 PLUS, 4 PRO, 6 SONORAN ONE.</summary>
    public sealed record CadVersion(int Level, string Name)
    {
        public override string ToString() => Level + " - " + Name;
    }
}
