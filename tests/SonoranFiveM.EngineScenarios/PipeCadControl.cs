using Newtonsoft.Json;

namespace SonoranFiveM.EngineScenarios
{
    /// <summary>
    /// The CAD emulator of the parent test process, seen from a scenario host running under Mono: each call is one line
    /// <c>@cad {"op":…,"arg":…}</c> on stdout, answered by one JSON line on stdin.
    /// </summary>
    public sealed class PipeCadControl : ICadControl
    {
        public const string RequestPrefix = "@cad ";
        private readonly TextWriter _requests;
        private readonly TextReader _answers;

        public PipeCadControl(string baseUrl, string apiKey, string communityId, TextWriter requests, TextReader answers)
        {
            BaseUrl = baseUrl;
            ApiKey = apiKey;
            CommunityId = communityId;
            _requests = requests;
            _answers = answers;
        }

        public string BaseUrl { get; }

        public string ApiKey { get; }

        public string CommunityId { get; }

        public void AddUnit(string communityUserId, string name) => Ask("addUnit", communityUserId + "\n" + name);

        public void SetFaults(string profile) => Ask("faults", profile);

        public JObject State() => JObject.Parse(Ask("state", null));

        public JArray Requests() => JArray.Parse(Ask("requests", null));

        public void Post(string route, JObject body) => Ask("post", route + "\n" + body.ToString(Formatting.None));

        private string Ask(string op, string arg)
        {
            lock (_requests)
            {
                _requests.WriteLine(RequestPrefix + JsonConvert.SerializeObject(new { op, arg }));
                _requests.Flush();
                var answer = _answers.ReadLine() ?? throw new InvalidOperationException("the test process closed the CAD pipe");
                return JsonConvert.DeserializeObject<string>(answer);
            }
        }

        /// <summary>The parent's side: runs one request line against <paramref name="cad"/> and returns the answer line.</summary>
        public static string Answer(ICadControl cad, string requestLine)
        {
            var request = JObject.Parse(requestLine.Substring(RequestPrefix.Length));
            var arg = (string)request["arg"];
            string result;
            switch ((string)request["op"])
            {
                case "addUnit":
                    var parts = arg.Split('\n');
                    cad.AddUnit(parts[0], parts[1]);
                    result = string.Empty;
                    break;
                case "faults":
                    cad.SetFaults(arg);
                    result = string.Empty;
                    break;
                case "state":
                    result = cad.State().ToString(Formatting.None);
                    break;
                case "requests":
                    result = cad.Requests().ToString(Formatting.None);
                    break;
                case "post":
                    var at = arg.IndexOf('\n');
                    cad.Post(arg.Substring(0, at), JObject.Parse(arg.Substring(at + 1)));
                    result = string.Empty;
                    break;
                default:
                    throw new InvalidOperationException("unknown CAD pipe request " + requestLine);
            }

            return JsonConvert.SerializeObject(result);
        }
    }
}
