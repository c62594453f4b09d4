namespace CitizenFX.Core
{
    public class Player
    {
        // The real constructor (string sourceString) is internal.
        internal Player() { throw null; }

        public string Handle { get { throw null; } }

        public StateBag State { get { throw null; } }
    }
}
