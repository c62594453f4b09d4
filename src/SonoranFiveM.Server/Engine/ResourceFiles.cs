using System;
using System.IO;
using System.Text;
using CitizenFX.Core.Native;
using SonoranFiveM.Core.Configuration;

namespace SonoranFiveM.Server.Engine
{
    /// <summary>The resource folder through LoadResourceFile / SaveResourceFile (main thread only).</summary>
    internal sealed class ResourceFiles : IResourceFiles
    {
        private readonly string _resourceName;

        public ResourceFiles(string resourceName)
        {
            _resourceName = resourceName;
        }

        public string? Read(string name) => API.LoadResourceFile(_resourceName, name);

        public void Write(string name, string content)
        {
            if (!API.SaveResourceFile(_resourceName, name, content, Encoding.UTF8.GetByteCount(content)))
            {
                throw new IOException("FXServer could not write " + name + " in the resource folder " + API.GetResourcePath(_resourceName));
            }
        }
    }
}
