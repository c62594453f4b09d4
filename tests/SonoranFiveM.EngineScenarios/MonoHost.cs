namespace SonoranFiveM.EngineScenarios
{
    /// <summary>
    /// The scenario host's entry point under Mono (the host executable only calls this): runs one scenario, prints
    /// <c>@result pass</c> or <c>@result fail</c> followed by the failure on stdout, and logs to stderr.
    /// Arguments: scenario payloadFolder configExample workFolder baseUrl apiKey communityId.
    /// </summary>
    public static class MonoHost
    {
        public const string ResultPrefix = "@result ";

        public static int Run(string[] args)
        {
            if (args.Length != 7)
            {
                Console.Error.WriteLine("usage: host <scenario> <payloadFolder> <configExample> <workFolder> <baseUrl> <apiKey> <communityId>");
                return 2;
            }

            var stdout = Console.Out;
            var cad = new PipeCadControl(args[4], args[5], args[6], stdout, Console.In);
            var context = new ScenarioContext(cad, args[1], args[2], args[3], line => Console.Error.WriteLine(line));
            // "report:<players>:<seconds>[:hub]" runs the main-thread report instead of a scenario.
            var report = args[0].Split(':');
            var failure = (report.Length == 3 || report.Length == 4) && report[0] == "report"
                ? Scenarios.Guard(() => MainThreadReport.Run(context, int.Parse(report[1]), int.Parse(report[2]), hub: report.Length == 4 && report[3] == "hub"))
                : Scenarios.Run(args[0], context);
            lock (stdout)
            {
                stdout.WriteLine(ResultPrefix + (failure == null ? "pass" : "fail"));
                if (failure != null) stdout.WriteLine(failure);
                stdout.Flush();
            }

            return failure == null ? 0 : 1;
        }
    }
}
