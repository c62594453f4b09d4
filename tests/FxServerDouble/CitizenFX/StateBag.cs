using FxServerDouble;

namespace CitizenFX.Core
{
    public class StateBag
    {
        private readonly string _bagName;

        internal StateBag(string bagName)
        {
            _bagName = bagName;
        }

        public void Set(string key, object data, bool replicated)
        {
            var server = FxServer.Running;
            server.Native("SetStateBagValue");
            server.World.SetStateBag(_bagName, key, data, replicated);
        }
    }
}
