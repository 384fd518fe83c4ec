using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Sites;

namespace ErpCode.Scripting.Snapshots;

/// <summary>
/// A component as one snapshot runs it: its metadata, and the document class type (Document components) or the
/// script entry (Script and Expression components), or the test class (Test components).
/// </summary>
internal sealed record RuntimeComponent(Component Component, Type? DocumentType, Func<ScriptGlobals, object?>? Script)
{
    /// <summary>
    /// The roles the code runs with on top of its caller's, as stored at the snapshot's revision (setting them raises the
    /// revision, so the running version always carries the current ones); empty for most components, and always for
    /// kinds that may not have them.
    /// </summary>
    private readonly Lazy<ImmutableArray<BusinessMethod>> _methods = new(() => DocumentType is null ? [] : BusinessClasses.ExposedMethods.Of(DocumentType));

    /// <summary>The test class of a Test component (named like it, deriving from <see cref="SiteTest"/>); null for other kinds or when it has none.</summary>
    public Type? TestClass { get; init; }

    /// <summary>The business methods the document class exposes, read once per snapshot.</summary>
    public ImmutableArray<BusinessMethod> ExposedMethods => _methods.Value;

    public ImmutableArray<string> ProxyRoles =>
        ProxyRoleRules.Allowed(Component.Kind) && !Component.ProxyRoles.IsDefault ? Component.ProxyRoles : [];
}
