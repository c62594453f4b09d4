namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// The files of the resource folder, as the adapter exposes them (<c>LoadResourceFile</c> /
    /// <c>SaveResourceFile</c> on the server, the file system in the CLI and tests).
    /// </summary>
    public interface IResourceFiles
    {
        /// <summary>The file's text, or null when it does not exist.</summary>
        string? Read(string name);

        /// <summary>Creates or replaces the file. May throw when the folder is not writable.</summary>
        void Write(string name, string content);
    }
}
