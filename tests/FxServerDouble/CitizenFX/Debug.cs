using FxServerDouble;

namespace CitizenFX.Core
{
    /// <summary>An icall in FXServer, not a native: callable from any thread.</summary>
    public static class Debug
    {
        public static void WriteLine(string data) => FxServer.Running.WriteConsole(data);
    }
}
