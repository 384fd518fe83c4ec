using ErpCode.Core.Components;

namespace ErpCode.Scripting.Compilation;

/// <summary>
/// The file path each component's syntax tree (and so its PDB) carries: its display name, so a stack frame in
/// stored code reads <c>SaleOrder (Document, v4)</c> and line numbers are the source's own.
/// </summary>
internal static class ComponentPaths
{
    public static string For(string reference, ComponentKind kind, int version) => ComponentNames.Display(reference, kind, version);
}
