namespace SonoranFiveM.EngineScenarios
{
    /// <summary>The CAD emulator as a scenario sees it: set-up and faults, and its recorded state.</summary>
    public interface ICadControl
    {
        /// <summary>e.g. http://127.0.0.1:54321</summary>
        string BaseUrl { get; }

        string ApiKey { get; }

        string CommunityId { get; }

        /// <summary>Logs a unit in to the CAD.</summary>
        void AddUnit(string communityUserId, string name);

        /// <summary>Replaces the faults in force (FaultProfile syntax, e.g. "5xx", "hang", "429storm"); "none" clears them.</summary>
        void SetFaults(string profile);

        /// <summary>GET /_emulator/state.</summary>
        JObject State();

        /// <summary>GET /_emulator/requests (masked), oldest first.</summary>
        JArray Requests();

        /// <summary>POSTs a JSON body to one of the emulator's control routes, e.g. <c>/_emulator/hub/faults</c> or
        /// <c>/_emulator/cad</c> (a change made in the CAD's UI); fails unless it answers 200.</summary>
        void Post(string route, JObject body);
    }
}
