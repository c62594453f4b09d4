namespace SonoranFiveM.Emulator.V1;

/// <summary>The v1 plain-text answers.</summary>
internal static class V1Errors
{
    public const string InvalidRequestType = "INVALID REQUEST TYPE";
    public const string InvalidCommunityId = "INVALID COMMUNITY ID";
    public const string ApiNotEnabled = "API IS NOT ENABLED FOR THIS COMMUNITY";
    public const string InvalidApiKey = "INVALID API KEY";
    public const string BackendServiceReached = "Backend Service Reached";

    /// <summary>Undocumented: the emulator's answer to a body whose <c>data</c> is wrong.</summary>
    public static string InvalidData(string why) => "INVALID DATA: " + why;
}
