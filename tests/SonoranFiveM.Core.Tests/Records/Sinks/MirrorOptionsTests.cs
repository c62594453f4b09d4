using System.Linq;
using Newtonsoft.Json;
using SonoranFiveM.Core.Records.Mirrors;

namespace SonoranFiveM.Core.Tests.Records.Sinks
{
    public class MirrorOptionsTests
    {
        [Fact]
        public void Defaults_are_documented_values_and_disabled_mirrors_are_not_checked()
        {
            var tines = new TinesMirrorOptions();
            var qb = new QuickBloxMirrorOptions();

            Assert.False(tines.Enabled);
            Assert.Equal(400, tines.RatePerMinute);
            Assert.Equal(10, tines.TimeoutSeconds);
            Assert.False(qb.Enabled);
            Assert.Equal("https://api.quickblox.com", qb.ApiUrl);
            Assert.Equal(600, qb.RatePerMinute);
            Assert.Equal(25, qb.MaxBatch);
            Assert.Empty(tines.Validate());
            Assert.Empty(qb.Validate());
        }

        [Fact]
        public void An_enabled_but_empty_tines_mirror_names_every_key_to_fix()
        {
            var errors = new TinesMirrorOptions { Enabled = true, RatePerMinute = 0 }.Validate();

            Assert.Equal(5, errors.Count);
            Assert.Contains(errors, e => e.StartsWith("mirrors.tines.tenantUrl \"\" is not an http(s) URL"));
            Assert.Contains(errors, e => e.StartsWith("mirrors.tines.apiKey is empty; set the convar sonoran_mirrors_tines_apiKey"));
            Assert.Contains(errors, e => e.StartsWith("mirrors.tines.recordTypeId is empty"));
            Assert.Contains(errors, e => e.StartsWith("mirrors.tines.fieldMap is empty"));
            Assert.Contains(errors, e => e.StartsWith("mirrors.tines.ratePerMinute 0 must be a positive number (default 400)"));
        }

        [Fact]
        public void An_enabled_quickblox_mirror_checks_class_name_and_url()
        {
            var errors = new QuickBloxMirrorOptions { Enabled = true, ApiKey = "k", ApiUrl = "api.quickblox.com", ClassName = "Cad Record", FieldMap = { ["plate"] = "plate" }, MaxBatch = -1 }.Validate();

            Assert.Equal(3, errors.Count);
            Assert.Contains(errors, e => e.StartsWith("mirrors.quickblox.apiUrl \"api.quickblox.com\""));
            Assert.Contains(errors, e => e.StartsWith("mirrors.quickblox.className \"Cad Record\""));
            Assert.Contains(errors, e => e.StartsWith("mirrors.quickblox.maxBatch -1"));
        }

        [Fact]
        public void A_complete_mirror_is_valid()
        {
            Assert.Empty(new TinesMirrorOptions { Enabled = true, TenantUrl = "https://a.tines.com", ApiKey = "k", RecordTypeId = "1", FieldMap = { ["plate"] = "1" } }.Validate());
            Assert.Empty(new QuickBloxMirrorOptions { Enabled = true, ApiKey = "k", ClassName = "CadRecord", FieldMap = { ["plate"] = "plate" } }.Validate());
        }

        [Fact]
        public void Options_load_from_camel_case_json()
        {
            var qb = JsonConvert.DeserializeObject<QuickBloxMirrorOptions>("{\"enabled\":true,\"className\":\"CadRecord\",\"fieldMap\":{\"plate\":\"plate_number\",\"description\":\"details\"},\"ratePerMinute\":120}")!;

            Assert.True(qb.Enabled);
            Assert.Equal("CadRecord", qb.ClassName);
            Assert.Equal(new[] { "plate", "description" }, qb.FieldMap.Keys.ToArray());
            Assert.Equal(120, qb.RatePerMinute);
            Assert.Equal("https://api.quickblox.com", qb.ApiUrl);
        }
    }
}
