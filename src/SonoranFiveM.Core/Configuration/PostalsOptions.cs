namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Nearest-postal lookups for calls and locations (<c>postals.*</c>).</summary>
    public sealed class PostalsOptions
    {
        /// <summary>
        /// The postal JSON file inside <see cref="Resource"/>. Default empty: read the resource's <c>postal_file</c>
        /// metadata, as nearest-postal itself does.
        /// </summary>
        public string File { get; set; } = "";

        /// <summary>The resource holding the postal file. Default <c>nearest-postal</c>. Empty turns postals off.</summary>
        public string Resource { get; set; } = "nearest-postal";
    }
}
