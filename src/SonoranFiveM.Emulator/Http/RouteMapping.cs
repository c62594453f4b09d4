namespace SonoranFiveM.Emulator.Http;

internal static class RouteMapping
{
    /// <summary>Maps a handler through the <see cref="Delegate"/> overload (so endpoint filters run and the
    /// returned <see cref="IResult"/> is executed) and tags it with its <see cref="EmulatedEndpoint"/>.</summary>
    public static RouteHandlerBuilder Map(
        this IEndpointRouteBuilder routes, string method, string pattern, EmulatedEndpoint endpoint, Func<HttpContext, Task<IResult>> handler) =>
        routes.MapMethods(pattern, new[] { method }, (Delegate)handler).WithMetadata(endpoint).WithName(endpoint.Name + " " + method + " " + pattern);
}
