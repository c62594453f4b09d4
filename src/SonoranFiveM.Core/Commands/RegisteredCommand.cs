namespace SonoranFiveM.Core.Commands
{
    /// <summary>An enabled command: the name to register (no slash) and what it does.</summary>
    public sealed class RegisteredCommand
    {
        public RegisteredCommand(string name, CommandKind kind)
        {
            Name = name;
            Kind = kind;
        }

        public string Name { get; }

        public CommandKind Kind { get; }
    }
}
