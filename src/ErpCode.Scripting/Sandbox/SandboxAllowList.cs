using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Sandbox;

/// <summary>
/// The parsed allow-list: which namespaces, types and members of referenced assemblies stored code may use.
/// Immutable; the embedded one (<see cref="Default"/>) is read once per process.
/// </summary>
internal sealed class SandboxAllowList
{
    /// <summary>The logical name of the embedded <c>Sandbox/sandbox-allowlist.txt</c>.</summary>
    public const string ResourceName = "ErpCode.Scripting.sandbox-allowlist.txt";

    private static readonly Lazy<SandboxAllowList> LazyDefault = new(LoadEmbedded);

    private readonly FrozenSet<string> _allowedNamespaces;
    private readonly FrozenSet<string> _allowedTypes;
    private readonly FrozenSet<string> _allowedMembers;
    private readonly FrozenSet<string> _typesWithAllowedMembers;
    private readonly FrozenDictionary<string, SandboxCategory> _deniedNamespaces;
    private readonly FrozenDictionary<string, SandboxCategory> _deniedTypes;
    private readonly FrozenDictionary<string, SandboxCategory> _deniedMembers;
    private readonly FrozenSet<string> _typesWithDeniedMembers;

    public SandboxAllowList(ImmutableArray<SandboxAllowListEntry> entries)
    {
        Entries = entries;
        var allowed = entries.Where(e => !e.IsDenial).ToList();
        var denied = entries.Where(e => e.IsDenial).ToList();
        _allowedNamespaces = allowed.Where(e => e.Kind == 'N').Select(e => e.Name).ToFrozenSet(StringComparer.Ordinal);
        _allowedTypes = allowed.Where(e => e.Kind == 'T').Select(e => e.Name).ToFrozenSet(StringComparer.Ordinal);
        _allowedMembers = allowed.Where(e => e.IsMember).Select(e => e.Id).ToFrozenSet(StringComparer.Ordinal);
        _typesWithAllowedMembers = allowed.Where(e => e.IsMember).Select(e => e.ContainingType).ToFrozenSet(StringComparer.Ordinal);
        _deniedNamespaces = denied.Where(e => e.Kind == 'N').ToFrozenDictionary(e => e.Name, e => e.Category, StringComparer.Ordinal);
        _deniedTypes = denied.Where(e => e.Kind == 'T').ToFrozenDictionary(e => e.Name, e => e.Category, StringComparer.Ordinal);
        _deniedMembers = denied.Where(e => e.IsMember).ToFrozenDictionary(e => e.Id, e => e.Category, StringComparer.Ordinal);
        _typesWithDeniedMembers = denied.Where(e => e.IsMember).Select(e => e.ContainingType).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The allow-list embedded in this assembly, parsed on first use.</summary>
    /// <exception cref="SandboxAllowListFormatException">The embedded file is malformed (a build defect).</exception>
    public static SandboxAllowList Default => LazyDefault.Value;

    public ImmutableArray<SandboxAllowListEntry> Entries { get; }

    /// <exception cref="SandboxAllowListFormatException">A line does not follow the syntax.</exception>
    public static SandboxAllowList Parse(string text, string fileName = "sandbox-allowlist.txt") =>
        new(SandboxAllowListParser.Parse(text, fileName));

    /// <summary>The verdict for a type definition from a referenced assembly (not a constructed, array or source type).</summary>
    public SandboxVerdict DecideType(INamedTypeSymbol type)
    {
        var outermost = type;
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (_deniedTypes.TryGetValue(TypeKey(t), out var category))
            {
                return SandboxVerdict.Denied(category);
            }

            outermost = t;
        }

        var ns = outermost.ContainingNamespace;
        for (var n = ns; n is { IsGlobalNamespace: false }; n = n.ContainingNamespace)
        {
            if (_deniedNamespaces.TryGetValue(n.ToDisplayString(), out var category))
            {
                return SandboxVerdict.Denied(category);
            }
        }

        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (_allowedTypes.Contains(TypeKey(t)))
            {
                return SandboxVerdict.Allowed;
            }
        }

        if (ns is { IsGlobalNamespace: false } && _allowedNamespaces.Contains(ns.ToDisplayString()))
        {
            return SandboxVerdict.Allowed;
        }

        return _typesWithAllowedMembers.Contains(TypeKey(type)) ? SandboxVerdict.MembersOnly : SandboxVerdict.NotListed;
    }

    /// <summary>The verdict for a member definition, given the verdict of its containing type definition.</summary>
    public SandboxVerdict DecideMember(ISymbol member, INamedTypeSymbol containingType, SandboxVerdict typeVerdict)
    {
        var typeKey = TypeKey(containingType);
        var hasDenied = _typesWithDeniedMembers.Contains(typeKey);
        var hasAllowed = _typesWithAllowedMembers.Contains(typeKey);
        if ((hasDenied || hasAllowed) && member.GetDocumentationCommentId() is { } id)
        {
            var nameKey = NameKey(id);
            if (hasDenied && (_deniedMembers.TryGetValue(id, out var category) || _deniedMembers.TryGetValue(nameKey, out category)))
            {
                return SandboxVerdict.Denied(category);
            }

            if (typeVerdict.Access != SandboxAccess.Denied && hasAllowed && (_allowedMembers.Contains(id) || _allowedMembers.Contains(nameKey)))
            {
                return SandboxVerdict.Allowed;
            }
        }

        return typeVerdict.Access switch
        {
            SandboxAccess.Allowed => SandboxVerdict.Allowed,
            SandboxAccess.Denied => typeVerdict,
            _ => SandboxVerdict.NotListed,
        };
    }

    // "T:System.Collections.Generic.List`1" without its prefix; nested types are Outer.Inner.
    private static string TypeKey(INamedTypeSymbol type) => type.GetDocumentationCommentId() is { Length: > 2 } id ? id[2..] : type.MetadataName;

    // "M:System.Array.Empty``1" and "M:System.Math.Round(System.Decimal)" match the overload-free lines
    // "M:System.Array.Empty" and "M:System.Math.Round".
    private static string NameKey(string id)
    {
        var end = id.IndexOf('(', StringComparison.Ordinal);
        var name = end < 0 ? id : id[..end];
        var arity = name.IndexOf("``", StringComparison.Ordinal);
        return arity < 0 ? name : name[..arity];
    }

    private static SandboxAllowList LoadEmbedded()
    {
        using var stream = typeof(SandboxAllowList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The sandbox allow-list resource '{ResourceName}' is missing from {typeof(SandboxAllowList).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
