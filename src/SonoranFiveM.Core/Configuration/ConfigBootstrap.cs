using System;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>First-start handling of config.json: copy it from config.example.json when missing, never overwrite it.</summary>
    public static class ConfigBootstrap
    {
        public const string ConfigFileName = "config.json";
        public const string ExampleFileName = "config.example.json";

        /// <summary>What Windows Explorer produces when an owner renames to "config.json" with extensions hidden.</summary>
        public const string DoubledFileName = "config.json.json";

        public static ConfigBootstrapResult Prepare(IResourceFiles files)
        {
            if (files == null)
            {
                throw new ArgumentNullException(nameof(files));
            }

            var config = files.Read(ConfigFileName);
            var doubled = files.Read(DoubledFileName);
            if (config != null)
            {
                return doubled == null
                    ? new ConfigBootstrapResult(config, Created: false, CanStart: true, LogLevel.Info, null)
                    : new ConfigBootstrapResult(config, Created: false, CanStart: true, LogLevel.Warning,
                        $"{DoubledFileName} is ignored: the resource reads {ConfigFileName}. Move any settings you need from it into {ConfigFileName}, then delete {DoubledFileName}.");
            }

            if (doubled != null)
            {
                return new ConfigBootstrapResult(null, Created: false, CanStart: false, LogLevel.Error,
                    $"Found {DoubledFileName} but no {ConfigFileName}: the file was renamed while Windows hid the .json extension. " +
                    $"Rename {DoubledFileName} to {ConfigFileName} (turn on \"File name extensions\" in Explorer to see the real name), then restart the resource.");
            }

            var example = files.Read(ExampleFileName);
            if (example == null)
            {
                return new ConfigBootstrapResult(null, Created: false, CanStart: true, LogLevel.Warning,
                    $"{ConfigFileName} and {ExampleFileName} are both missing, so only sonoran_* convars are used. Download the resource again to get {ExampleFileName}.");
            }

            try
            {
                files.Write(ConfigFileName, example);
            }
            catch (Exception ex)
            {
                return new ConfigBootstrapResult(example, Created: false, CanStart: true, LogLevel.Warning,
                    $"{ConfigFileName} is missing and could not be created ({ex.Message}); starting with the settings of {ExampleFileName}. " +
                    $"Copy {ExampleFileName} to {ConfigFileName} by hand to change them.");
            }

            // Expected on a fresh install: what is still missing (the key) is said once, by the options check.
            return new ConfigBootstrapResult(example, Created: true, CanStart: true, LogLevel.Info,
                $"{ConfigFileName} was missing, so {ExampleFileName} was copied to {ConfigFileName}; change settings there or with sonoran_* convars in server.cfg.");
        }
    }
}
