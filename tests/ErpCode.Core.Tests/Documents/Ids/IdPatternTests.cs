using ErpCode.Core.Documents.Ids;

namespace ErpCode.Core.Tests.Documents.Ids;

public sealed class IdPatternTests
{
    private static IdPattern Parse(string pattern)
    {
        var parsed = IdPattern.TryParse(pattern, out var problem);
        Assert.Null(problem);
        Assert.NotNull(parsed);
        return parsed;
    }

    private static string Problem(string pattern)
    {
        var parsed = IdPattern.TryParse(pattern, out var problem);
        Assert.Null(parsed);
        Assert.NotNull(problem);
        return problem;
    }

    [Fact]
    public void Format_YearAndPaddedCounter_GivesTheId()
    {
        var pattern = Parse("SO-{yyyy}-{seq:00000}");

        Assert.Equal("SO-2026-00001", pattern.Format(new DateOnly(2026, 3, 14), 1));
        Assert.Equal("SO-2026-123456", pattern.Format(new DateOnly(2026, 3, 14), 123456));
        Assert.Equal("SO-{yyyy}-{seq:00000}", pattern.Text);
    }

    [Fact]
    public void Format_EveryDatePartAndAPlainCounter_GivesTheId()
    {
        var pattern = Parse("INV{yy}{MM}{dd}.{seq}");

        Assert.Equal("INV260307.42", pattern.Format(new DateOnly(2026, 3, 7), 42));
    }

    [Fact]
    public void Scope_DiffersPerYearAndIsEqualWithinAYear()
    {
        var pattern = Parse("SO-{yyyy}-{seq:00000}");

        var january = pattern.Scope(new DateOnly(2026, 1, 1));
        var december = pattern.Scope(new DateOnly(2026, 12, 31));
        var nextYear = pattern.Scope(new DateOnly(2027, 1, 1));

        Assert.Equal(january, december);
        Assert.NotEqual(january, nextYear);
        Assert.StartsWith("SO-2026-", january);
        Assert.StartsWith("SO-2027-", nextYear);
    }

    [Fact]
    public void Scope_WithoutDateParts_IsTheSameEveryDay()
    {
        var pattern = Parse("P-{seq:0000}");

        Assert.Equal(pattern.Scope(new DateOnly(2026, 1, 1)), pattern.Scope(new DateOnly(2030, 6, 1)));
    }

    [Theory]
    [InlineData("SO-{yyyy}", "the pattern needs one {seq} counter to make ids unique")]
    [InlineData("SO-{seq}-{seq:000}", "the pattern may hold only one {seq}")]
    [InlineData("SO-{foo}-{seq}", "'{foo}' is not a pattern part; use {yyyy}, {yy}, {MM}, {dd}, {seq} or {seq:00000}")]
    [InlineData("SO-{seq:}", "'{seq:}' is not a pattern part; use {yyyy}, {yy}, {MM}, {dd}, {seq} or {seq:00000}")]
    [InlineData("SO-{seq:#0}", "'{seq:#0}' is not a pattern part; use {yyyy}, {yy}, {MM}, {dd}, {seq} or {seq:00000}")]
    [InlineData("SO-{YYYY}-{seq}", "'{YYYY}' is not a pattern part; use {yyyy}, {yy}, {MM}, {dd}, {seq} or {seq:00000}")]
    [InlineData("SO-{seq", "'{' at position 4 is not closed")]
    [InlineData("SO}-{seq}", "'}' at position 3 closes nothing")]
    public void TryParse_MalformedPattern_SaysWhatIsWrong(string pattern, string expected)
    {
        Assert.Equal(expected, Problem(pattern));
    }

    [Theory]
    [InlineData("SO {seq}", "it gives ids such as 'SO 1', which are not valid ids (the character U+0020 is not allowed)")]
    [InlineData("SO/{yyyy}/{seq}", "it gives ids such as 'SO/2026/1', which are not valid ids (the character '/' is not allowed; use letters, digits and _ - . : @)")]
    [InlineData("-{seq}", "it gives ids such as '-1', which are not valid ids (an id must start with a letter, a digit or '_')")]
    public void TryParse_PatternMakingInvalidIds_IsRefusedWithASample(string pattern, string expected)
    {
        Assert.Equal(expected, Problem(pattern));
    }

    [Fact]
    public void TryParse_CounterPaddingLongerThanTwelve_IsRefused()
    {
        Assert.StartsWith("'{seq:0000000000000}' is not a pattern part", Problem("X{seq:0000000000000}"));
        Parse("X{seq:000000000000}");
    }
}
