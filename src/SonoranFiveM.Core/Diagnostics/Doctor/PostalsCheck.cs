using System.IO;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary><c>postals</c>: the postal file is found, parses, and every entry is usable (the loader's own reader and index).</summary>
    public sealed class PostalsCheck() : DoctorCheck("postals")
    {
        public override async Task RunAsync(DoctorRun run, CancellationToken cancellationToken)
        {
            var context = run.Context;
            var resource = context.Options!.Postals.Resource;
            if (string.IsNullOrWhiteSpace(resource))
            {
                run.Report(Pass("off (postals.resource is empty)"));
                return;
            }

            if (SkipIf(run, context.LocatePostals == null, "the postal file cannot be located here")) return;

            var location = await context.LocatePostals!(context.Options).ConfigureAwait(false);
            var fix = "install and ensure the " + resource + " resource, or set postals.file to the postal JSON's name inside it (empty postals.resource turns postals off)";
            if (location.NotChecked != null)
            {
                run.Report(Skip(location.NotChecked));
                return;
            }

            if (location.Missing != null || location.File == null)
            {
                run.Report(Fail(location.Missing ?? "no postal file", fix));
                return;
            }

            var path = location.Candidates.FirstOrDefault(File.Exists);
            if (path == null)
            {
                var where = location.Candidates.Count > 0 ? Path.GetDirectoryName(location.Candidates[0]) : resource;
                run.Report(Fail(location.File + " not found in " + where,
                    "install the " + resource + " resource next to this one, or set postals.file to the postal JSON's name inside it (empty postals.resource turns postals off)"));
                return;
            }

            try
            {
                var postals = PostalFileReader.ReadFile(path);
                var index = PostalIndex.Build(postals.Postals);
                run.Report(postals.Skipped == 0
                    ? Pass(path + ": " + index.Count + " postals")
                    : Fail(path + ": " + index.Count + " postals usable, " + postals.Skipped + " entries skipped: " + string.Join(" ", postals.Problems),
                        "correct or remove the entries named, or use the postal JSON that belongs to your map"));
            }
            catch (PostalFileException e)
            {
                run.Report(Fail(path + " does not parse: " + e.Message, "replace it with the postal JSON from nearest-postal (an array of {code, x, y})"));
            }
        }
    }
}
