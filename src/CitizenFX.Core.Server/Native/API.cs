namespace CitizenFX.Core.Native
{
    /// <summary>The natives the adapter calls, with the generated wrappers' exact parameter names (§2).</summary>
    public static class API
    {
        public static int GetNumPlayerIndices() { throw null; }
        public static string GetPlayerFromIndex(int index) { throw null; }
        public static int GetPlayerPed(string playerSrc) { throw null; }
        public static Vector3 GetEntityCoords(int entity) { throw null; }
        public static float GetEntityHeading(int entity) { throw null; }
        public static int GetVehiclePedIsIn(int ped, bool lastVehicle) { throw null; }
        public static int GetEntityModel(int entity) { throw null; }
        public static string GetPlayerName(string playerSrc) { throw null; }
        public static string GetPlayerIdentifierByType(string playerSrc, string identifierType) { throw null; }
        public static void RegisterCommand(string commandName, InputArgument handler, bool restricted) { throw null; }
        public static bool IsPlayerAceAllowed(string playerSrc, string _object) { throw null; }
        public static string GetConvar(string varName, string default_) { throw null; }
        public static string GetCurrentResourceName() { throw null; }
        public static string GetInvokingResource() { throw null; }
        public static string GetResourcePath(string resourceName) { throw null; }
        public static string LoadResourceFile(string resourceName, string fileName) { throw null; }
        public static bool SaveResourceFile(string resourceName, string fileName, string data, int dataLength) { throw null; }
        public static int GetNumResourceMetadata(string resourceName, string metadataKey) { throw null; }
        public static string GetResourceMetadata(string resourceName, string metadataKey, int index) { throw null; }
        public static int PerformHttpRequestInternal(string requestData, int requestDataLength) { throw null; }
    }
}
