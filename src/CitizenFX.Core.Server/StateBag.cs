namespace CitizenFX.Core
{
    public class StateBag
    {
        // The real constructor (string bagName) is internal.
        internal StateBag() { throw null; }

        public void Set(string key, object data, bool replicated) { throw null; }
    }
}
