using Moq;
using SonoranFiveM.Core.Diagnostics.Doctor;

namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    public class ServerIdCheckTests
    {
        private static (DoctorContext Context, Mock<ICadApi> Cad, DoctorRun Run, List<string> Lines) Arrange(bool permit)
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load("\"serverId\": 7"));
            context.ActiveUnitsPermit = () => permit;
            var cad = new Mock<ICadApi>(MockBehavior.Strict);
            var lines = new List<string>();
            var run = new DoctorRun(context, lines.Add) { Cad = cad.Object, Plan = new CadVersion(3, "PLUS") };
            return (context, cad, run, lines);
        }

        [Fact]
        public async Task Without_a_permit_of_the_active_unit_budget_it_skips_and_sends_nothing()
        {
            var (_, cad, run, lines) = Arrange(permit: false);

            await new ServerIdCheck().RunAsync(run, default);

            Assert.StartsWith("SKIP  server id        not checked: the active-unit list's limit (3/min)", Assert.Single(lines));
            cad.Verify(c => c.GetActiveUnitsAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
        }

        [Fact]
        public async Task An_unknown_server_id_fails_with_where_to_find_the_right_one()
        {
            var (_, cad, run, lines) = Arrange(permit: true);
            cad.Setup(c => c.GetActiveUnitsAsync(1, 0, It.IsAny<CancellationToken>()))
                .ReturnsAsync(CadResult.Fail<IReadOnlyList<ActiveUnit>>(new DeliveryFailure(DeliveryFailureKind.Fatal, "server not found", 404)));

            await new ServerIdCheck().RunAsync(run, default);

            Assert.StartsWith("FAIL  server id        7 is unknown to the CAD", lines[0]);
            Assert.Contains("sonoran_serverId", lines[1]);
        }

        [Fact]
        public async Task A_known_server_id_passes()
        {
            var (_, cad, run, lines) = Arrange(permit: true);
            cad.Setup(c => c.GetActiveUnitsAsync(1, 0, It.IsAny<CancellationToken>()))
                .ReturnsAsync(CadResult.Ok<IReadOnlyList<ActiveUnit>>(new List<ActiveUnit>()));

            await new ServerIdCheck().RunAsync(run, default);

            Assert.StartsWith("PASS  server id        7 exists", Assert.Single(lines));
        }

        [Fact]
        public async Task Without_an_accepted_key_it_skips()
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load());
            var (lines, _) = await DoctorFixtures.RunAsync(new ServerIdCheck(), context);
            Assert.Equal("SKIP  server id        needs the API key check to pass", Assert.Single(lines));
        }
    }
}
