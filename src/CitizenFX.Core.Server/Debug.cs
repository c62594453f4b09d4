namespace CitizenFX.Core
{
    public static class Debug
    {
        public static void WriteLine(string data) { throw null; }
    }
}
