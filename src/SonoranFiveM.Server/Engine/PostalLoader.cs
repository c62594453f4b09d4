using CitizenFX.Core.Native;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Server.Engine
{
    /// <summary>
    /// Reads the postal map from the <c>postals.resource</c> resource (nearest-postal by default): <c>postals.file</c> when
    /// set, else the <c>postal_file</c> it declares in its manifest. Parsing and lookup are the core's.
    /// </summary>
    internal static class PostalLoader
    {
        public static PostalIndex? Load(SonoranOptions options, ILog log)
        {
            var resource = options.Postals.Resource;
            if (string.IsNullOrWhiteSpace(resource))
            {
                log.Write(LogLevel.Info, "postals are off (postals.resource is empty)");
                return null;
            }

            var file = !string.IsNullOrWhiteSpace(options.Postals.File)
                ? options.Postals.File
                : API.GetNumResourceMetadata(resource, "postal_file") > 0 ? API.GetResourceMetadata(resource, "postal_file", 0) : null;
            if (string.IsNullOrEmpty(file))
            {
                log.Write(LogLevel.Warning, "no postal map: the '" + resource + "' resource is not installed or declares no postal_file; locations show street names or coordinates. Set postals.file to the postal JSON inside it.");
                return null;
            }

            var json = API.LoadResourceFile(resource, file);
            try
            {
                var postals = PostalFileReader.Parse(json, resource + "/" + file);
                foreach (var problem in postals.Problems) log.Write(LogLevel.Warning, problem);
                var index = PostalIndex.Build(postals.Postals);
                log.Write(LogLevel.Info, "postal map: " + index.Count + " postals from " + resource + "/" + file
                    + (postals.Skipped > 0 ? " (" + postals.Skipped + " entries skipped, see above)" : string.Empty)
                    + (index.DuplicateCodes.Count > 0 ? " (" + index.DuplicateCodes.Count + " duplicate codes: " + string.Join(", ", index.DuplicateCodes) + ")" : string.Empty));
                if (index.IsOneRegion)
                    log.Write(LogLevel.Warning, "postal map " + resource + "/" + file + ": the postals are arranged so unevenly (e.g. a dense cluster and a far outlier) that each lookup compares all of them; check the file's coordinates");
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
