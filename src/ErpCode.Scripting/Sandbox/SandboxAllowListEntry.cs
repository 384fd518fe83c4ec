namespace ErpCode.Scripting.Sandbox;

/// <summary>
/// One line of the allow-list: a documentation-comment id (<c>T:System.Text.StringBuilder</c>), allowed or denied.
/// </summary>
/// <param name="IsDenial">True for a '-' line.</param>
/// <param name="Kind">N (namespace), T (type), M (method), P (property), F (field) or E (event).</param>
/// <param name="Name">The id without its kind prefix.</param>
/// <param name="Category">Why a denial denies; <see cref="SandboxCategory.NotAllowed"/> for allowances.</param>
/// <param name="Line">The 1-based line number in the allow-list file.</param>
internal sealed record SandboxAllowListEntry(bool IsDenial, char Kind, string Name, SandboxCategory Category, int Line)
{
    /// <summary>The documentation-comment id, such as <c>M:System.Math.Round</c>.</summary>
    public string Id => $"{Kind}:{Name}";

    public bool IsMember => Kind is 'M' or 'P' or 'F' or 'E';

    /// <summary>For a member, the id of its type without prefix (<c>System.Math</c> for <c>M:System.Math.Round(System.Decimal)</c>).</summary>
    public string ContainingType
    {
        get
        {
            var end = Name.IndexOf('(', StringComparison.Ordinal);
            var withoutParameters = end < 0 ? Name : Name[..end];
            return withoutParameters[..withoutParameters.LastIndexOf('.')];
        }
    }
}
