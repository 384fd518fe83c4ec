using System.Collections.Immutable;

namespace ErpCode.Core.Security.Permissions;

/// <summary>
/// The roles that hold <see cref="Permission"/> where the grant is written: on documents in a workflow state, or on
/// documents of a portal type. Listing a permission there <em>manages</em> it: only the roles listed hold it, whatever
/// their site-wide grants say.
/// </summary>
public sealed record PermissionGrant
{
    public required string Permission { get; init; }

    public ImmutableArray<string> Roles { get; init; } = [];
}
