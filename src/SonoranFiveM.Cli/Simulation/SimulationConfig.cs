using System.Text.Json.Nodes;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>The resource configuration a simulation runs with: the target CAD, the location transport, a scratch outbox and one record template.</summary>
    internal static class SimulationConfig
    {
        public const string TemplateName = "simulation";
        public const string TagField = "simTag";

        public static string Json(string communityId, string baseUrl, int serverId, string transport) => new JsonObject
        {
            ["communityId"] = communityId,
            ["baseUrl"] = baseUrl,
            ["serverId"] = serverId,
            ["httpTransport"] = "httpclient",
            ["logLevel"] = "info",
            ["location"] = new JsonObject { ["transport"] = transport },
            ["outbox"] = new JsonObject { ["path"] = "outbox.jsonl" },
            ["records"] = new JsonObject
            {
                ["templates"] = new JsonObject
                {
                    [TemplateName] = new JsonObject
                    {
                        ["recordTypeId"] = 1,
                        ["defaultMinutes"] = 2,
                        ["fields"] = new JsonObject
                        {
                            [TagField] = "{description}",
                            ["caller"] = "{caller}",
                            ["location"] = "{location}",
                            ["time"] = "{time}",
                        },
                    },
                },
            },
        }.ToJsonString();
    }
}
