namespace SonoranFiveM.ReliabilityTests.Secrets
{
    /// <summary>
    /// Sentinel values in every secret option (CAD, Tines and QuickBlox keys); a representative run of the core and of
    /// the CLI, once with keys the CAD accepts and once with keys it refuses; no output holds a sentinel or any
    /// 8-character piece of one.
    /// </summary>
    public class SentinelSecretTests
    {
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task The_core_over_real_http_shows_no_piece_of_any_key(bool cadKnowsTheKey)
        {
            var scanner = Sentinels.Scanner();

            await IntegrationRun.RunAsync(scanner, cadKnowsTheKey);

            scanner.AssertClean();
            Assert.True(scanner.Coverage.Texts > 50, "scanned only " + scanner.Coverage.Texts + " texts");
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task The_cli_shows_no_piece_of_any_key(bool cadKnowsTheKey)
        {
            var scanner = Sentinels.Scanner();

            await CliRun.RunAsync(scanner, cadKnowsTheKey);

            scanner.AssertClean();
            Assert.True(scanner.Coverage.Texts > 20, "scanned only " + scanner.Coverage.Texts + " texts");
        }

        [Fact]
        public void The_scanner_finds_a_key_and_a_piece_of_one_in_any_case()
        {
            var scanner = Sentinels.Scanner();

            scanner.Scan("whole", "key " + Sentinels.CadKey);
            scanner.Scan("piece", "…key " + Sentinels.TinesKey.Substring(3, 8).ToLowerInvariant() + "…");
            scanner.Scan("clean", "key (hidden) and SENTINE");

            Assert.Equal(2, scanner.Findings.Count);
        }
    }
}
