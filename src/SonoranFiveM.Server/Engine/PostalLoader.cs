using CitizenFX.Core.Native;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Server.Engine
{
    /// <summary>
    /// Reads the postal map: <c>postals.file</c> in this resource when set, else the <c>postal_file</c> that the
    /// nearest-postal resource declares in its manifest. Parsing and lookup are the core's.
    /// </summary>
    internal static class PostalLoader
    {
        public static PostalIndex? Load(SonoranOptions options, string ownResource, ILog log)
        {
            string resource;
            string? file;
            if (!string.IsNullOrWhiteSpace(options.Postals.File))
            {
                resource = ownResource;
                file = options.Postals.File;
            }
            else
            {
                resource = options.Postals.Resource;
                file = API.GetNumResourceMetadata(resource, "postal_file") > 0 ? API.GetResourceMetadata(resource, "postal_file", 0) : null;
                if (string.IsNullOrEmpty(file))
                {
                    log.Write(LogLevel.Warning, "no postal map: the '" + resource + "' resource is not installed or declares no postal_file; locations show street names or coordinates. Set postals.file to use your own file.");
                    return null;
                }
            }

            var json = API.LoadResourceFile(resource, file);
            try
            {
                var index = PostalIndex.Parse(json, resource + "/" + file);
                log.Write(LogLevel.Info, "postal map: " + index.Count + " postals from " + resource + "/" + file
                    + (index.DuplicateCodes.Count > 0 ? " (" + index.DuplicateCodes.Count + " duplicate codes: " + string.Join(", ", index.DuplicateCodes) + ")" : string.Empty));
                return index;
            }
            catch (PostalFileException ex)
            {
                log.Write(LogLevel.Warning, ex.Message + " Locations will show street names or coordinates instead of postals.");
                return null;
            }
        }
    }
}
