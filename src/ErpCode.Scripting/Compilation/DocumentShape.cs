using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErpCode.Scripting.Compilation;

/// <summary>A Document component must declare a class named after its reference that derives from <see cref="DocumentClass"/>.</summary>
internal static class DocumentShape
{
    private static readonly DiagnosticDescriptor MissingClass = new(
        "ERP2001",
        "Document component without its class",
        "A Document component must declare 'public class {0} : DocumentClass'",
        "ErpCode.Components",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static IEnumerable<Diagnostic> Check(CSharpCompilation compilation, SyntaxTree tree, string reference)
    {
        var baseType = compilation.GetTypeByMetadataName(typeof(DocumentClass).FullName!);
        var found = compilation.GetSymbolsWithName(reference, SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Any(t => t.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == tree) && InheritsFrom(t, baseType));
        return found ? [] : [Diagnostic.Create(MissingClass, Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0)), reference)];
    }

    private static bool InheritsFrom(INamedTypeSymbol type, INamedTypeSymbol? baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
