using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Components;

/// <summary>The rules for component references and how a running version is named.</summary>
public static class ComponentNames
{
    /// <summary>References are C# identifiers (a class name): a letter, then letters, digits or '_'.</summary>
    public static string? Check(string? reference) => FieldName.Check(reference) is { } problem
        ? problem.Replace("a property name", "a component reference", StringComparison.Ordinal)
        : null;

    public static string Display(string reference, ComponentKind kind, int version) => $"{reference} ({kind}, v{version})";
}
