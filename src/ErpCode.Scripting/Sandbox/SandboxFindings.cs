using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Sandbox;

/// <summary>Collects the rejections of one check and turns them into diagnostics: one per rule, subject and line.</summary>
internal sealed class SandboxFindings
{
    // Types fully qualified without C# keywords (System.Object, not object); members as Type.Member(parameters),
    // with keywords in the parameter list: 'System.IO.File.ReadAllText(string)'.
    private static readonly SymbolDisplayFormat TypeFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat MemberFormat = SymbolDisplayFormat.CSharpErrorMessageFormat
        .RemoveMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType)
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly List<SandboxFinding> _findings = [];

    public void Add(DiagnosticDescriptor rule, Location location, string subject) =>
        _findings.Add(new SandboxFinding(rule, location, subject, null, null));

    public void Add(SandboxRejection rejection, Location location)
    {
        var symbol = rejection.Symbol;
        var subject = Quote(symbol);
        _findings.Add(new SandboxFinding(
            SandboxRules.For(rejection.Category),
            location,
            subject,
            symbol as INamedTypeSymbol,
            symbol is ITypeSymbol ? null : symbol.ContainingType?.OriginalDefinition));
    }

    /// <summary>Quotes a symbol the way rejections name it, for subjects such as "static field 'X.F'".</summary>
    public static string Quote(ISymbol symbol) => symbol switch
    {
        ITypeSymbol type => $"'{type.ToDisplayString(TypeFormat)}'",
        { ContainingType: { } type } => $"'{type.ToDisplayString(TypeFormat)}.{symbol.ToDisplayString(MemberFormat)}'",
        _ => $"'{symbol.ToDisplayString(MemberFormat)}'",
    };

    public ImmutableArray<Diagnostic> ToDiagnostics()
    {
        if (_findings.Count == 0)
        {
            return [];
        }

        var lines = _findings.Select(f => (Finding: f, Line: LineOf(f.Location))).ToList();
        var membersByLine = lines
            .Where(x => x.Finding.MemberOf is not null)
            .Select(x => (x.Line.Path, x.Line.Line, TypeKey(x.Finding.MemberOf!)))
            .ToHashSet();

        // The last finding of a (rule, subject, line) wins: it is the name written in the source rather than a 'var'.
        var kept = new Dictionary<(string Rule, string Subject, string Path, int Line), SandboxFinding>();
        foreach (var (finding, line) in lines.OrderBy(x => x.Finding.Location.SourceSpan.Start))
        {
            if (finding.RejectedType is { } type && membersByLine.Contains((line.Path, line.Line, TypeKey(type.OriginalDefinition))))
            {
                continue;
            }

            kept[(finding.Rule.Id, finding.Subject, line.Path, line.Line)] = finding;
        }

        return [.. kept.Values
            .OrderBy(f => f.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(f => f.Location.SourceSpan.Start)
            .Select(f => Diagnostic.Create(f.Rule, f.Location, f.Subject))];
    }

    private static string TypeKey(INamedTypeSymbol type) => type.GetDocumentationCommentId() ?? type.ToDisplayString();

    private static (string Path, int Line) LineOf(Location location)
    {
        var span = location.GetLineSpan();
        return (span.Path ?? string.Empty, span.StartLinePosition.Line);
    }
}
