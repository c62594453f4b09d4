namespace SonoranFiveM.Emulator.Http;

internal static class RouteMapping
{
    /// <summary>Maps a handler through the <see cref="Delegate"/> overload (so endpoint filters run and the
    /// returned <see cref="IResult"/> is executed) and tags it with its <see cref="EmulatedEndpoint"/>.</summary>
    public static RouteHandlerBuilder Map(
        this IEndpointRouteBuilder routes, string method, string pattern, EmulatedEndpoint endpoint, Func<HttpContext, Task<IResult>> handler) =>
        routes.MapMethods(pattern, new[] { method }, (Delegate)handler).WithMetadata(endpoint).WithName(endpoint.Name + " " + method + " " + pattern);

    /// <summary>Runs <paramref name="gate"/> (auth, rate limit) before every handler of the group; when it answers,
    /// its answer is sent and the handler does not run.</summary>
    public static RouteGroupBuilder Gated(this RouteGroupBuilder group, Func<HttpContext, IResult?> gate) =>
        group.AddEndpointFilter(async (context, next) => gate(context.HttpContext) ?? await next(context));
}
