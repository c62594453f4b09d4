using SonoranFiveM.Core.Records.Commands;

namespace SonoranFiveM.Core.Tests.Records.Commands
{
    public class RecordCommandParserTests
    {
        private static readonly RecordCommandDefinition Bolo = new RecordCommandDefinition("/bolo", "bolo",
            new[] { new RecordCommandArgument("plate", 8), new RecordCommandArgument("description", 40) }, maxTotalLength: 45);

        [Fact]
        public void First_words_fill_the_first_arguments_and_the_rest_is_the_last()
        {
            var parse = RecordCommandParser.Parse(Bolo, "ABC123 red sedan,   two occupants");

            Assert.True(parse.Succeeded);
            Assert.Equal(new[] { "ABC123", "red sedan, two occupants" }, parse.Arguments);
        }

        [Fact]
        public void Fivem_args_words_give_the_same_result()
        {
            var parse = RecordCommandParser.Parse(Bolo, new[] { "ABC123", "red", "sedan" });

            Assert.Equal(new[] { "ABC123", "red sedan" }, parse.Arguments);
        }

        [Fact]
        public void A_single_argument_command_takes_the_whole_line()
        {
            var note = new RecordCommandDefinition("note", "note", "text");

            Assert.Equal(new[] { "all of this text" }, RecordCommandParser.Parse(note, " all of  this text ").Arguments);
        }

        [Fact]
        public void Three_arguments_split_two_words_then_the_rest()
        {
            var warrant = new RecordCommandDefinition("warrant", "warrant", "first", "last", "charges");

            Assert.Equal(new[] { "John", "Doe", "armed robbery, evading" }, RecordCommandParser.Parse(warrant, "John Doe armed robbery, evading").Arguments);
        }

        [Theory]
        [InlineData("", "Missing <plate>. Usage: /bolo <plate> <description>")]
        [InlineData("   ", "Missing <plate>. Usage: /bolo <plate> <description>")]
        [InlineData("ABC123", "Missing <description>. Usage: /bolo <plate> <description>")]
        [InlineData("^1^2 ABC123 ~r~", "Missing <description>. Usage: /bolo <plate> <description>")]
        public void Missing_arguments_are_named_with_the_usage(string text, string error)
        {
            var parse = RecordCommandParser.Parse(Bolo, text);

            Assert.False(parse.Succeeded);
            Assert.Equal(error, parse.Error);
            Assert.Empty(parse.Arguments);
        }

        [Fact]
        public void Usage_is_built_from_the_argument_names()
        {
            Assert.Equal("/bolo <plate> <description>", Bolo.Usage);
            Assert.Equal("Usage: /bolo <plate> <description>", RecordCommandParser.Parse(Bolo, "").Usage);
        }

        [Fact]
        public void Per_argument_caps_name_the_argument()
        {
            var parse = RecordCommandParser.Parse(Bolo, "ABCDEFGHI red");

            Assert.Equal("<plate> is too long (9 characters; at most 8). Usage: /bolo <plate> <description>", parse.Error);
            Assert.True(RecordCommandParser.Parse(Bolo, "ABCDEFGH red").Succeeded);
        }

        [Fact]
        public void The_last_argument_has_its_own_cap()
        {
            var parse = RecordCommandParser.Parse(Bolo, "ABC " + new string('x', 41));

            Assert.StartsWith("<description> is too long (41 characters; at most 40)", parse.Error);
        }

        [Fact]
        public void The_total_cap_applies_to_the_cleaned_text()
        {
            var withinAfterCleaning = "ABC " + string.Concat(Enumerable.Repeat("^1x", 40));
            var over = "ABCDEFGH " + new string('y', 37);

            Assert.True(RecordCommandParser.Parse(Bolo, withinAfterCleaning).Succeeded);
            Assert.Equal("That is too long (46 characters; at most 45). Usage: /bolo <plate> <description>", RecordCommandParser.Parse(Bolo, over).Error);
        }

        [Fact]
        public void Colour_codes_and_control_characters_are_stripped()
        {
            var parse = RecordCommandParser.Parse(Bolo, "^1ABC^0123 ~r~red\tsedan~s~\u0007 ^*fast\u200B");

            Assert.Equal(new[] { "ABC123", "red sedan fast" }, parse.Arguments);
        }

        [Fact]
        public void A_command_without_arguments_refuses_text()
        {
            var panic = new RecordCommandDefinition("panicnote", "panic");

            Assert.True(RecordCommandParser.Parse(panic, "  ").Succeeded);
            Assert.Equal("/panicnote takes no arguments. Usage: /panicnote", RecordCommandParser.Parse(panic, "hello").Error);
        }
    }
}
