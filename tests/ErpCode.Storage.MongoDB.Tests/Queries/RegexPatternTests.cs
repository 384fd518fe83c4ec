using ErpCode.Core.Storage.Queries;
using ErpCode.Storage.MongoDB.Queries;

namespace ErpCode.Storage.MongoDB.Tests.Queries;

public sealed class RegexPatternTests
{
    [Theory]
    [InlineData(StringMatchKind.StartsWith, "abc", "^abc")]
    [InlineData(StringMatchKind.EndsWith, "abc", @"abc\z")]
    [InlineData(StringMatchKind.Contains, "abc", "abc")]
    [InlineData(StringMatchKind.Contains, @"\^$.|?*+()[]{}-#/", @"\\\^\$\.\|\?\*\+\(\)\[\]\{\}\-\#\/")]
    [InlineData(StringMatchKind.Contains, "a b_c", "a b_c")]
    [InlineData(StringMatchKind.Contains, "ÄRGER 😀 東京", "ÄRGER 😀 東京")]
    [InlineData(StringMatchKind.Contains, "tab\there\0nul", @"tab\x{09}here\x{00}nul")]
    [InlineData(StringMatchKind.StartsWith, "", "^")]
    public void For_escapes_every_pattern_character_and_anchors_the_match(StringMatchKind kind, string value, string expected)
    {
        // Act
        var regex = RegexPattern.For(kind, value, ignoreCase: false);

        // Assert
        Assert.Equal(expected, regex.Pattern);
        Assert.Equal(string.Empty, regex.Options);
    }

    [Fact]
    public void For_with_ignore_case_sets_the_i_option()
    {
        // Act
        var regex = RegexPattern.For(StringMatchKind.Contains, "оскв", ignoreCase: true);

        // Assert
        Assert.Equal(("оскв", "i"), (regex.Pattern, regex.Options));
    }

    [Theory]
    [InlineData("50% off (a.b)*", "xx 50% off (a.b)* yy", true)]
    [InlineData("50% off (a.b)*", "50% off (aXb)", false)]
    [InlineData("x_y", "x_y", true)]
    [InlineData("x_y", "xzy", false)]
    public void The_escaped_pattern_matches_the_text_literally(string value, string text, bool matches)
    {
        // Arrange: .NET's engine reads these escapes as PCRE does (\x{hh} aside, which these cases do not use).
        var regex = RegexPattern.For(StringMatchKind.Contains, value, ignoreCase: false);

        // Act
        var actual = System.Text.RegularExpressions.Regex.IsMatch(text, regex.Pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

        // Assert
        Assert.Equal(matches, actual);
    }
}
