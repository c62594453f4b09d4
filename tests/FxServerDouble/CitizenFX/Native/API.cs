using FxServerDouble;

namespace CitizenFX.Core.Native
{
    /// <summary>The natives the adapter calls, over the double's simulated world. Each fails the run off the main thread.</summary>
    public static class API
    {
        private static FxServer Server(string native)
        {
            var server = FxServer.Running;
            server.Native(native);
            return server;
        }

        public static int GetNumPlayerIndices() => Server(nameof(GetNumPlayerIndices)).World.PlayerHandles().Count;

        public static string GetPlayerFromIndex(int index)
        {
            var handles = Server(nameof(GetPlayerFromIndex)).World.PlayerHandles();
            return index >= 0 && index < handles.Count ? handles[index] : null;
        }

        public static int GetPlayerPed(string playerSrc) => Server(nameof(GetPlayerPed)).World.PedOf(playerSrc);

        public static Vector3 GetEntityCoords(int entity) => Server(nameof(GetEntityCoords)).World.Entity(entity)?.Position ?? new Vector3(0, 0, 0);

        public static float GetEntityHeading(int entity) => Server(nameof(GetEntityHeading)).World.Entity(entity)?.Heading ?? 0f;

        public static int GetVehiclePedIsIn(int ped, bool lastVehicle) => Server(nameof(GetVehiclePedIsIn)).World.VehicleOf(ped, lastVehicle);

        public static int GetEntityModel(int entity) => Server(nameof(GetEntityModel)).World.Entity(entity)?.Model ?? 0;

        public static string GetPlayerName(string playerSrc) => Server(nameof(GetPlayerName)).World.Player(playerSrc)?.Name;

        public static string GetPlayerIdentifierByType(string playerSrc, string identifierType)
            => Server(nameof(GetPlayerIdentifierByType)).World.Player(playerSrc)?.Identifier(identifierType);

        public static void RegisterCommand(string commandName, InputArgument handler, bool restricted)
            => Server(nameof(RegisterCommand)).RegisterCommand(commandName, handler?.Value as System.Delegate, restricted);

        public static bool IsPlayerAceAllowed(string playerSrc, string _object)
            => Server(nameof(IsPlayerAceAllowed)).World.IsAceAllowed(playerSrc, _object);

        public static string GetConvar(string varName, string default_)
        {
            var server = Server(nameof(GetConvar));
            return server.World.ReadConvar(server.ResourceName, varName) ?? default_;
        }

        public static string GetCurrentResourceName() => Server(nameof(GetCurrentResourceName)).ResourceName;

        public static string GetInvokingResource() => Server(nameof(GetInvokingResource)).InvokingResource;

        public static string GetResourcePath(string resourceName) => Server(nameof(GetResourcePath)).World.ResourceFolder(resourceName);

        public static string LoadResourceFile(string resourceName, string fileName)
            => Server(nameof(LoadResourceFile)).World.LoadResourceFile(resourceName, fileName);

        public static bool SaveResourceFile(string resourceName, string fileName, string data, int dataLength)
            => Server(nameof(SaveResourceFile)).World.SaveResourceFile(resourceName, fileName, data, dataLength);

        public static int GetNumResourceMetadata(string resourceName, string metadataKey)
            => Server(nameof(GetNumResourceMetadata)).World.ResourceMetadata(resourceName, metadataKey).Count;

        public static string GetResourceMetadata(string resourceName, string metadataKey, int index)
        {
            var values = Server(nameof(GetResourceMetadata)).World.ResourceMetadata(resourceName, metadataKey);
            return index >= 0 && index < values.Count ? values[index] : null;
        }

        public static int PerformHttpRequestInternal(string requestData, int requestDataLength)
            => Server(nameof(PerformHttpRequestInternal)).Http.Perform(requestData, requestDataLength);
    }
}
