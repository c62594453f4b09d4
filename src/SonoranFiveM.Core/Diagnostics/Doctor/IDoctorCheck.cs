using System.Threading;
using System.Threading.Tasks;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>One row of <see cref="Doctor"/>'s table: reports its lines to the run (none when it does not apply).</summary>
    public interface IDoctorCheck
    {
        Task RunAsync(DoctorRun run, CancellationToken cancellationToken);
    }
}
