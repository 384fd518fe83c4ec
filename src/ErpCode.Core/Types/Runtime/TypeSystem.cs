using System.Collections.Frozen;
using System.Collections.Immutable;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Expressions;
using ErpCode.Core.Types.Storage;

namespace ErpCode.Core.Types.Runtime;

/// <summary>
/// The portal types of one site revision, resolved and ready to validate documents, plus the category trees.
/// Built by the runtime snapshot from the stored definitions and the compiled expressions; a type whose
/// definitions did not change since the previous build is reused as it was (its validator is not rebuilt).
/// </summary>
public sealed class TypeSystem
{
    private readonly FrozenDictionary<string, RuntimeType> _types;
    private readonly FrozenDictionary<string, RuntimeType> _byEntitySet;
    private readonly FrozenDictionary<string, CategoryIndex> _categories;

    private TypeSystem(long revision, SiteDefinitions definitions, Dictionary<string, RuntimeType> types, Dictionary<string, CategoryIndex> categories, ImmutableArray<string> problems, ExpressionSet? expressions)
    {
        Revision = revision;
        Definitions = definitions;
        _types = types.ToFrozenDictionary(StringComparer.Ordinal);
        _byEntitySet = types.Values.ToFrozenDictionary(t => t.Definition.EntitySetName, StringComparer.Ordinal);
        _categories = categories.ToFrozenDictionary(StringComparer.Ordinal);
        Problems = problems;
        Expressions = expressions;
        Roles = RoleGrants.From(definitions.Roles);
    }

    public static TypeSystem Empty { get; } = new(-1, SiteDefinitions.Empty, [], [], [], null);

    public long Revision { get; }

    /// <summary>The site-wide grants of every role at this revision.</summary>
    public RoleGrants Roles { get; }

    public SiteDefinitions Definitions { get; }

    /// <summary>The compiled expressions the types use; owned by the snapshot, not by the type system.</summary>
    public ExpressionSet? Expressions { get; }

    /// <summary>Definitions that could not be built into this revision (they are left out), with the reason.</summary>
    public ImmutableArray<string> Problems { get; }

    public IEnumerable<RuntimeType> Types => _types.Values;

    public RuntimeType? Find(string portalType) => _types.GetValueOrDefault(portalType);

    public RuntimeType? FindByEntitySet(string entitySet) => _byEntitySet.GetValueOrDefault(entitySet);

    public CategoryIndex? Category(string name) => _categories.GetValueOrDefault(name);

    /// <summary>
    /// Builds the type system of <paramref name="revision"/>. Definitions are checked again (a store may hold
    /// definitions written by an older version or by hand): a type with a problem is left out and reported, the others
    /// run. Types whose fingerprint equals one in <paramref name="previous"/> are taken from it unchanged.
    /// </summary>
    public static TypeSystem Build(long revision, SiteDefinitions definitions, ExpressionSet? expressions, TypeSystem? previous = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var problems = DefinitionChecker.Check(definitions);
        var broken = problems.Select(p => p.Definition).ToHashSet(StringComparer.Ordinal);
        var reported = ImmutableArray.CreateBuilder<string>();
        reported.AddRange(problems.Select(p => p.ToString()));

        var sheets = definitions.PropertySheets.Where(s => !broken.Contains($"PropertySheet {s.Name}")).GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var definitionsByName = definitions.PortalTypes.GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var categories = definitions.Categories.Where(c => !broken.Contains($"BaseCategory {c.Name}")).GroupBy(c => c.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new CategoryIndex(g.First()), StringComparer.Ordinal);
        var workflows = definitions.Workflows.Where(w => !broken.Contains($"Workflow {w.Name}")).GroupBy(w => w.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var built = new Dictionary<string, RuntimeType>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);

        RuntimeType? BuildType(string name, int depth)
        {
            if (built.TryGetValue(name, out var done))
            {
                return done;
            }

            if (failed.Contains(name) || depth > 32 || !definitionsByName.TryGetValue(name, out var definition) || broken.Contains($"PortalType {name}"))
            {
                failed.Add(name);
                return null;
            }

            var typeSheets = definition.PropertySheets.Select(s => sheets.GetValueOrDefault(s)).ToList();
            if (typeSheets.Any(s => s is null))
            {
                reported.Add($"PortalType {name}: left out, one of its property sheets is missing or broken");
                failed.Add(name);
                return null;
            }

            var chain = definition.Workflows.Select(w => workflows.GetValueOrDefault(w)).ToList();
            if (chain.Any(w => w is null))
            {
                reported.Add($"PortalType {name}: left out, one of its workflows is missing or broken");
                failed.Add(name);
                return null;
            }

            var children = ImmutableArray.CreateBuilder<RuntimeChild>();
            foreach (var contained in definition.AllowedContentTypes)
            {
                if (BuildType(contained.Type, depth + 1) is not { } child)
                {
                    reported.Add($"PortalType {name}: left out, its child type {contained.Type} cannot be built");
                    failed.Add(name);
                    return null;
                }

                children.Add(new RuntimeChild(contained.Property, child));
            }

            var fingerprint = string.Join(
                "\n",
                [
                    DefinitionCodec.ToJson(definition),
                    .. typeSheets.Select(s => DefinitionCodec.ToJson(s!)),
                    .. chain.Select(w => DefinitionCodec.ToJson(w!)),
                    .. children.Select(c => c.Property + "=" + c.Type.Fingerprint),
                ]);
            var type = previous?.Find(name) is { } old && old.Fingerprint == fingerprint
                ? old
                : new RuntimeType(definition, [.. typeSheets!], [.. chain!], children.ToImmutable(), fingerprint);
            built[name] = type;
            return type;
        }

        foreach (var name in definitionsByName.Keys)
        {
            BuildType(name, 0);
        }

        if (expressions is not null)
        {
            reported.AddRange(expressions.Failures.Select(f => $"{f.Key}: does not compile ({string.Join("; ", f.Value.Select(d => d.ToString()))})"));
        }

        return new TypeSystem(revision, definitions, built, categories, reported.ToImmutable(), expressions);
    }
}
