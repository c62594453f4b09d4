using System.Collections.Generic;
using System.IO;
using System.Text;
using CitizenFX.Core.Native;
using SonoranFiveM.Core.Configuration;

namespace SonoranFiveM.Server.Engine
{
    /// <summary>
    /// The resource's configuration files, read with LoadResourceFile on the main thread, for the start-up that runs off
    /// it. A write (config.json copied from the example) goes straight to the resource folder: plain file I/O is safe
    /// from any thread, natives are not.
    /// </summary>
    internal sealed class SnapshotFiles : IResourceFiles
    {
        private readonly Dictionary<string, string?> _contents;
        private readonly bool _writable;

        private SnapshotFiles(string folder, Dictionary<string, string?> contents, bool writable)
        {
            Folder = folder;
            _contents = contents;
            _writable = writable;
        }

        public string Folder { get; }

        /// <summary>Main thread only.</summary>
        public static SnapshotFiles Load(string resourceName)
        {
            var contents = new Dictionary<string, string?>();
            foreach (var name in new[] { ConfigBootstrap.ConfigFileName, ConfigBootstrap.DoubledFileName, ConfigBootstrap.ExampleFileName })
            {
                contents[name] = API.LoadResourceFile(resourceName, name);
            }

            return new SnapshotFiles(API.GetResourcePath(resourceName), contents, writable: true);
        }

        /// <summary>The same contents, with writes ignored (for dry runs).</summary>
        public SnapshotFiles ReadOnly() => new SnapshotFiles(Folder, _contents, writable: false);

        public string? Read(string name) => _contents.TryGetValue(name, out var content) ? content : null;

        public void Write(string name, string content)
        {
            if (_writable) File.WriteAllText(Path.Combine(Folder, name), content, new UTF8Encoding(false));
        }
    }
}
