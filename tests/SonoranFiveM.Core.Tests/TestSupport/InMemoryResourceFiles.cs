namespace SonoranFiveM.Core.Tests.TestSupport
{
    /// <summary>A resource folder held in memory; <see cref="ReadOnly"/> makes writes fail like a read-only disk.</summary>
    public sealed class InMemoryResourceFiles : IResourceFiles
    {
        public readonly Dictionary<string, string> Files = new Dictionary<string, string>();
        public bool ReadOnly;

        public string? Read(string name) => Files.TryGetValue(name, out var text) ? text : null;

        public void Write(string name, string content)
        {
            if (ReadOnly)
            {
                throw new UnauthorizedAccessException("Access to the path is denied");
            }

            Files[name] = content;
        }
    }
}
