namespace SonoranFiveM.Emulator.Http;

/// <summary>A service's routes over the shared emulator context; each subclass maps only its own routes.</summary>
internal abstract class EndpointGroup(EmulatorContext ctx)
{
    protected EmulatorContext Ctx { get; } = ctx;

    public abstract void Map(IEndpointRouteBuilder routes);
}
