namespace SonoranFiveM.Core.Tests.Cad
{
    /// <summary>Every documented way the active-unit list names a unit's players (reference: sonoran-cad-api.md §B.5 notes).</summary>
    public class ActiveUnitIdentityTests
    {
        [Theory]
        [InlineData("{\"communityUserIds\":[\"abc\",\"def\"]}", "abc,def")]
        [InlineData("{\"communityUserId\":\"abc\"}", "abc")]
        [InlineData("{\"apiIds\":[\"abc\",\"steam-1\"]}", "abc,steam-1")]
        [InlineData("{\"apiId1\":\"abc\",\"apiId2\":\"\"}", "abc")]
        [InlineData("{\"communityUserIds\":\"abc\"}", "abc")]
        [InlineData("{\"communityUserIds\":[\"x\"],\"communityUserId\":\"x\",\"apiIds\":[\"y\",\"x\"],\"apiId1\":\"z\"}", "x,y,z")]
        [InlineData("{\"communityUserIds\":[null,\"\",42,{\"a\":1}],\"communityUserId\":\"  abc \"}", "42,abc")]
        [InlineData("{\"unitNum\":\"1A\"}", "")]
        public void Every_documented_form_names_the_unit(string data, string expected)
        {
            var units = CadReplies.Units(JArray.Parse("[{\"id\":1,\"status\":2,\"data\":" + data + "}]"), preferApiId: false)!;

            Assert.Equal(expected, string.Join(",", Assert.Single(units).CommunityUserIds));
        }

        [Fact]
        public void V1_puts_the_api_id_first_but_keeps_the_community_user_id()
        {
            var units = CadReplies.Units(JArray.Parse("[{\"id\":1,\"data\":{\"apiId1\":\"steam-1\",\"communityUserId\":\"abc\"}}]"), preferApiId: true)!;

            Assert.Equal(new[] { "steam-1", "abc" }, Assert.Single(units).CommunityUserIds);
            Assert.Equal("steam-1", units[0].CommunityUserId);
        }

        [Fact]
        public void A_hostile_list_of_ids_is_capped()
        {
            var ids = new JArray();
            for (var i = 0; i < 1000; i++) ids.Add("id" + i);
            ids.Add(new string('x', 5000));
            var unit = new JObject { ["id"] = 1, ["data"] = new JObject { ["communityUserIds"] = ids } };

            var read = Assert.Single(CadReplies.Units(new JArray(unit), preferApiId: false)!);

            Assert.Equal(16, read.CommunityUserIds.Count);
        }
    }
}
