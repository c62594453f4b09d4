using System.Threading.Tasks;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics.Doctor;
using SonoranFiveM.Server.Engine;

namespace SonoranFiveM.Server
{
    /// <summary><c>sonoran doctor</c>: the engine is read on the main thread, the checks run in the core on the thread pool.</summary>
    public sealed partial class SonoranScript
    {
        /// <summary>
        /// Thread pool: reads the files and convars on the main thread (as a start does), then hands the core what the
        /// checks need: the running resource (its transport, roster budget and hub), OneSync and the key's convar state.
        /// </summary>
        private async Task<DoctorContext> PrepareDoctorAsync()
        {
            var read = await _mainThread.Call(() => new
            {
                Files = SnapshotFiles.Load(_resourceName).ReadOnly(),
                Convars = new ConvarSnapshot(ReadConvars(new[] { OneSyncConvar, ProtectedConvar.ApiKeyConvar })),
            }).ConfigureAwait(false);
            var convars = read.Convars;
            await convars.CompleteAsync(get => DryRun(read.Files, get), names => _mainThread.Call(() => ReadConvars(names))).ConfigureAwait(false);
            var facts = new ServerFacts(_resourceName)
            {
                OneSync = convars.Get(OneSyncConvar),
                ApiKeyPlaceholder = ProtectedConvar.IsPlaceholder(convars.Get(ProtectedConvar.ApiKeyConvar)),
            };
            return ServerDoctorContext.Load(read.Files, read.Files.Folder, name => ConvarValue(convars, name), facts, _host,
                options => _mainThread.Call(() => PostalLoader.Locate(options)), _time);
        }
    }
}
