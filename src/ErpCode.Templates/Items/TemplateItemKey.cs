namespace ErpCode.Templates.Items;

/// <summary>
/// Names one item of a template: its kind and name, read as <c>PortalType Person</c>. A data item's name is its
/// portal type and id, <c>Person/P-1</c>.
/// </summary>
public sealed record TemplateItemKey(TemplateItemKind Kind, string Name) : IComparable<TemplateItemKey>
{
    public int CompareTo(TemplateItemKey? other) =>
        other is null ? 1 : Kind != other.Kind ? Kind.CompareTo(other.Kind) : string.CompareOrdinal(Name, other.Name);

    public static bool operator <(TemplateItemKey left, TemplateItemKey right) => Compare(left, right) < 0;

    public static bool operator <=(TemplateItemKey left, TemplateItemKey right) => Compare(left, right) <= 0;

    public static bool operator >(TemplateItemKey left, TemplateItemKey right) => Compare(left, right) > 0;

    public static bool operator >=(TemplateItemKey left, TemplateItemKey right) => Compare(left, right) >= 0;

    public override string ToString() => $"{Kind} {Name}";

    private static int Compare(TemplateItemKey? left, TemplateItemKey? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
