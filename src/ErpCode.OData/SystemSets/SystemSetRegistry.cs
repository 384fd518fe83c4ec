using System.Collections.Frozen;
using ErpCode.Core.Components;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Sites;
using ErpCode.Core.Types;

namespace ErpCode.OData.SystemSets;

/// <summary>The system entity sets every model has (unless a portal type already uses the name; the portal type keeps it).</summary>
internal sealed class SystemSetRegistry(ISiteRuntime runtime, DefinitionService definitions, ComponentService components, UserService users, AuditLog audit, SecurityPolicy policy, IServiceProvider services)
{
    /// <summary>The namespace of the system entity types, apart from the portal types' <c>ErpCode</c>.</summary>
    public const string Namespace = "ErpCode.System";

    public IReadOnlyList<SystemSet> Sets { get; } =
    [
        .. DefinitionSets.Create(runtime, definitions, policy),
        new ComponentSet(components),
        new UserSet(users),
        new AuditEventSet(audit, policy),
        new BusinessTemplateSet(services),
    ];

    public static FrozenDictionary<string, SystemSet> Freeze(Dictionary<string, SystemSet> added) => added.ToFrozenDictionary(StringComparer.Ordinal);
}
