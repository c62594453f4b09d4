using System;
using System.IO;
using System.Linq;
using CitizenFX.Core.Native;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Diagnostics.Doctor;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Server.Engine
{
    /// <summary>
    /// The postal map from the <c>postals.resource</c> resource (nearest-postal by default): <c>postals.file</c> when set,
    /// else the <c>postal_file</c> it declares in its manifest. <see cref="Read"/> finds the file with natives (main thread);
    /// <see cref="Parse"/> reads it (a postal map can be megabytes) and runs the core's parse and index build, on the thread pool.
    /// </summary>
    internal static class PostalLoader
    {
        public sealed class Source
        {
            public Source(string name, string? path)
            {
                Name = name;
                Path = path;
            }

            public string Name { get; }

            /// <summary>The file on disk, or null when the resource has no folder (not installed).</summary>
            public string? Path { get; }
        }

        /// <summary>Main thread: the postal file's text, or null (with a log line) when there is none.</summary>
        public static Source? Read(SonoranOptions options, ILog log)
        {
            var resource = options.Postals.Resource;
            if (string.IsNullOrWhiteSpace(resource))
            {
                log.Write(LogLevel.Info, "postals are off (postals.resource is empty)");
                return null;
            }

            var file = FileName(options);
            if (string.IsNullOrEmpty(file))
            {
                log.Write(LogLevel.Warning, "no postal map: the '" + resource + "' resource is not installed or declares no postal_file; locations show street names or coordinates. Set postals.file to the postal JSON inside it.");
                return null;
            }

            var folder = API.GetResourcePath(resource);
            return new Source(resource + "/" + file, string.IsNullOrEmpty(folder) ? null : System.IO.Path.Combine(folder, file));
        }

        /// <summary>Main thread: where <c>sonoran doctor</c> looks for the postal file (the same resolution as <see cref="Read"/>, without logging).</summary>
        public static PostalsLocation Locate(SonoranOptions options)
        {
            var resource = options.Postals.Resource;
            var file = FileName(options);
            if (string.IsNullOrEmpty(file))
                return PostalsLocation.NotFound("the '" + resource + "' resource is not installed or declares no postal_file");
            var folder = API.GetResourcePath(resource);
            return string.IsNullOrEmpty(folder)
                ? PostalsLocation.NotFound("postals.file names " + file + ", but the '" + resource + "' resource is not installed")
                : PostalsLocation.At(file!, new[] { System.IO.Path.Combine(folder, file) });
        }

        /// <summary>postals.file, else the postal_file the postal resource declares (natives: main thread).</summary>
        private static string? FileName(SonoranOptions options) =>
            !string.IsNullOrWhiteSpace(options.Postals.File)
                ? options.Postals.File
                : API.GetNumResourceMetadata(options.Postals.Resource, "postal_file") > 0 ? API.GetResourceMetadata(options.Postals.Resource, "postal_file", 0) : null;

        /// <summary>Any thread. The file is size-checked before it is read; bad entries are reported and skipped.</summary>
        public static PostalIndex? Parse(Source? source, ILog log)
        {
            if (source == null) return null;
            try
            {
                var postals = source.Path != null && File.Exists(source.Path)
                    ? PostalFileReader.ReadFile(source.Path)
                    : PostalFileReader.Parse(null, source.Name);
                foreach (var problem in postals.Problems) log.Write(LogLevel.Warning, problem);
                var index = PostalIndex.Build(postals.Postals);
                log.Write(LogLevel.Info, "postal map: " + index.Count + " postals from " + source.Name
                    + (postals.Skipped > 0 ? " (" + postals.Skipped + " entries skipped, see above)" : string.Empty)
                    + (index.DuplicateCodes.Count > 0 ? " (" + index.DuplicateCodes.Count + " duplicate codes: " + string.Join(", ", index.DuplicateCodes.Take(10)) + (index.DuplicateCodes.Count > 10 ? ", …" : string.Empty) + ")" : string.Empty));
                if (index.IsOneRegion)
                    log.Write(LogLevel.Warning, "postal map " + source.Name + ": the postals are arranged so unevenly (e.g. a dense cluster and a far outlier) that each lookup compares all of them; check the file's coordinates");
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
