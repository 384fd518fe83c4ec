using ErpCode.Scripting.Sandbox;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErpCode.Scripting.Tests.Sandbox;

public sealed class SandboxAllowListTests
{
    [Fact]
    public void Parse_Lines_GivesEntriesWithKindsCategoriesAndLineNumbers()
    {
        // Arrange
        const string Text = """
            # a comment line

            N:System.Collections.Generic   # allowed namespace
            -T:System.Activator reflection
            M:System.Text.RegularExpressions.Regex.#ctor(System.String,System.Text.RegularExpressions.RegexOptions,System.TimeSpan)
            	-P:System.DateTime.Now	environment
            """;

        // Act
        var entries = SandboxAllowList.Parse(Text).Entries;

        // Assert
        Assert.Equal(
            [
                new SandboxAllowListEntry(false, 'N', "System.Collections.Generic", SandboxCategory.NotAllowed, 3),
                new SandboxAllowListEntry(true, 'T', "System.Activator", SandboxCategory.Reflection, 4),
                new SandboxAllowListEntry(false, 'M', "System.Text.RegularExpressions.Regex.#ctor(System.String,System.Text.RegularExpressions.RegexOptions,System.TimeSpan)", SandboxCategory.NotAllowed, 5),
                new SandboxAllowListEntry(true, 'P', "System.DateTime.Now", SandboxCategory.Environment, 6),
            ],
            entries);
        Assert.Equal("System.Text.RegularExpressions.Regex", entries[2].ContainingType);
    }

    [Theory]
    [InlineData("T:System.Object\nX:System.Object", 2, "unknown kind 'X'")]
    [InlineData("System.Object", 1, "expected an id")]
    [InlineData("T:", 1, "expected an id")]
    [InlineData("T:System..Object", 1, "not a valid type id")]
    [InlineData("N:System.Collections`1", 1, "not a valid namespace id")]
    [InlineData("\n\nM:Round", 3, "not a valid method id")]
    [InlineData("P:System.String.Length extra", 1, "only a denial")]
    [InlineData("-T:System.Console nowhere", 1, "unknown category 'nowhere'")]
    [InlineData("-T:System.Console console too many", 1, "at most a category")]
    [InlineData("T:System.Object\n# x\nT:System.Object", 3, "already listed on line 1")]
    [InlineData("T:System.Console\n-T:System.Console console", 2, "both allowed and denied (line 1)")]
    public void Parse_MalformedLine_ThrowsNamingItsLine(string text, int line, string problem)
    {
        var exception = Assert.Throws<SandboxAllowListFormatException>(() => SandboxAllowList.Parse(text, "test-list.txt"));

        Assert.Equal(line, exception.LineNumber);
        Assert.StartsWith($"test-list.txt({line}): ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsTheEmbeddedFile()
    {
        var entries = SandboxAllowList.Default.Entries;

        Assert.True(entries.Length > 200, $"{entries.Length} entries");
        Assert.Contains(entries, e => e.Id == "T:System.Text.StringBuilder" && !e.IsDenial);
        Assert.Contains(entries, e => e.Id == "-N:ErpCode.Scripting.Runtime"[1..] && e.IsDenial && e.Category == SandboxCategory.Budget);
        Assert.Same(SandboxAllowList.Default, SandboxAllowList.Default);
    }

    [Fact]
    public void Default_EveryEntryNamesSomethingThatExists()
    {
        // Arrange: a typo in the reviewed file would silently allow or deny nothing.
        var compilation = SandboxCompilations.Library("");

        // Act
        var missing = SandboxAllowList.Default.Entries.Where(e => !Exists(compilation, e)).Select(e => $"line {e.Line}: {e.Id}").ToList();

        // Assert
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Theory]
    [InlineData("System.Object", "GetType", "Denied", "Reflection")]
    [InlineData("System.Object", "ToString", "Allowed", "NotAllowed")]
    [InlineData("System.Collections.Generic.List`1", "Add", "Allowed", "NotAllowed")]
    [InlineData("System.Type", "GetMethods", "Denied", "Reflection")]
    [InlineData("System.Type", "IsPrimitive", "NotListed", "NotAllowed")]
    [InlineData("System.Type", "FullName", "Allowed", "NotAllowed")]
    [InlineData("System.IO.File", "ReadAllBytes", "Denied", "FileSystem")]
    [InlineData("System.Xml.XmlDocument", "Load", "NotListed", "NotAllowed")]
    [InlineData("System.Environment", "Exit", "Denied", "Environment")]
    [InlineData("ErpCode.Scripting.IPortal", "Find", "Allowed", "NotAllowed")]
    [InlineData("ErpCode.Scripting.Runtime.Budget", "Check", "Denied", "Budget")]
    public void Default_DecidesMembers(string type, string member, string access, string category)
    {
        var compilation = SandboxCompilations.Library("");
        var typeSymbol = compilation.GetTypeByMetadataName(type)!;
        var memberSymbol = typeSymbol.GetMembers(member).First();
        var allowList = SandboxAllowList.Default;

        var verdict = allowList.DecideMember(memberSymbol, typeSymbol, allowList.DecideType(typeSymbol));

        Assert.Equal(new SandboxVerdict(Enum.Parse<SandboxAccess>(access), Enum.Parse<SandboxCategory>(category)), verdict);
    }

    [Theory]
    [InlineData("System.Text.RegularExpressions.Regex", "MembersOnly")]
    [InlineData("System.Type", "MembersOnly")]
    [InlineData("System.Collections.Generic.Dictionary`2+KeyCollection", "Allowed")]
    [InlineData("System.Linq.Enumerable", "Allowed")]
    [InlineData("System.Linq.Queryable", "Denied")]
    [InlineData("System.Net.Http.HttpClient", "Denied")]
    [InlineData("System.Random", "NotListed")]
    public void Default_DecidesTypes(string type, string access)
    {
        var compilation = SandboxCompilations.Library("");

        var verdict = SandboxAllowList.Default.DecideType(compilation.GetTypeByMetadataName(type)!);

        Assert.Equal(Enum.Parse<SandboxAccess>(access), verdict.Access);
    }

    private static bool Exists(CSharpCompilation compilation, SandboxAllowListEntry entry)
    {
        if (entry.Kind == 'N')
        {
            var ns = entry.Name.Split('.').Aggregate<string, INamespaceSymbol?>(compilation.GlobalNamespace, (n, part) => n?.GetNamespaceMembers().FirstOrDefault(m => m.Name == part));
            return ns is not null;
        }

        if (DocumentationCommentId.GetFirstSymbolForDeclarationId(entry.Id, compilation) is not null)
        {
            return true;
        }

        // A member line without a parameter list stands for every overload: its type must have a member of that name.
        var type = DocumentationCommentId.GetFirstSymbolForDeclarationId("T:" + entry.ContainingType, compilation) as INamedTypeSymbol;
        var name = entry.Name[(entry.ContainingType.Length + 1)..].Split('(')[0].Split("``")[0].Replace('#', '.');
        return entry.IsMember && !entry.Name.Contains('(', StringComparison.Ordinal) && type is not null && !type.GetMembers(name).IsEmpty;
    }
}
