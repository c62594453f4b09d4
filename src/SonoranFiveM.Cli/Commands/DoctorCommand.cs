using System;
using System.CommandLine;
using System.IO;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SonoranFiveM.Cli.Settings;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics.Doctor;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Cli.Commands
{
    /// <summary>
    /// <c>doctor</c>: the core's setup checks (<see cref="Doctor"/>, the same ones as <c>sonoran doctor</c> in the
    /// server console) against config.json, the sonoran_* environment variables, the CAD and the mirrors.
    /// </summary>
    public static class DoctorCommand
    {
        private static readonly Regex PostalFileMeta = new(@"postal_file\s*['""]([^'""]+)['""]", RegexOptions.Compiled);

        public static Command Create(CommandContext context)
        {
            var settings = new SettingsOptions();
            var command = new Command("doctor",
                "Check config.json (+ sonoran_* environment variables) against the CAD and the mirrors: config, API, key, plan, " +
                "server id, postals, mirrors. Exit code 1 when a check failed, else 0 (a SKIP is counted in the last line, not failed).");
            settings.AddTo(command);
            command.SetAction((parsed, _) => RunAsync(CliSettings.Load(settings.Read(parsed), Environment.GetEnvironmentVariable), context));
            return command;
        }

        private static async Task<int> RunAsync(CliSettings settings, CommandContext context)
        {
            using var http = new HttpClient();
            var from = settings.ConfigFound ? settings.ConfigPath : $"no {settings.ConfigPath}; sonoran_* environment variables and defaults";
            var doctor = new DoctorContext(settings.Loaded, from, settings.Redactor, settings.ResourceFolder)
            {
                ConfigError = settings.ConfigError == null ? null : $"{settings.ConfigPath} could not be read: {settings.ConfigError}",
                ConfigErrorFix = "make the file readable, or pass --config PATH",
                SettingsFix = "edit config.json or the sonoran_* variable named above",
                KeySetting = "the protected convar " + ProtectedConvar.ApiKeyConvar + " (or --api-key)",
                Transport = new HttpClientTransport(http),
                LocatePostals = options => Task.FromResult(LocatePostals(settings, options)),
            };

            var passed = await Doctor.RunAsync(doctor, context.Out.WriteLine, context.Cancellation);
            return passed ? ExitCodes.Ok : ExitCodes.Failed;
        }

        /// <summary>The postal resource sits next to this one; its manifest's <c>postal_file</c> names the file when postals.file is empty.</summary>
        private static PostalsLocation LocatePostals(CliSettings settings, SonoranOptions options)
        {
            var resource = options.Postals.Resource;
            var resourceFolder = Path.Combine(Path.GetDirectoryName(settings.ResourceFolder) ?? settings.ResourceFolder, resource);
            var file = options.Postals.File;
            if (string.IsNullOrWhiteSpace(file))
            {
                var manifest = Path.Combine(resourceFolder, "fxmanifest.lua");
                var match = File.Exists(manifest) ? PostalFileMeta.Match(File.ReadAllText(manifest)) : Match.Empty;
                if (!match.Success)
                    return PostalsLocation.CannotCheck($"postals.file is empty: read from {resource}'s postal_file metadata in game (not found next to this resource, so not checked here)");
                file = match.Groups[1].Value;
            }

            return PostalsLocation.At(file, new[] { Path.Combine(resourceFolder, file), Path.Combine(settings.ResourceFolder, file) });
        }
    }
}
