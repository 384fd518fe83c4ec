using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ErpCode.Scripting.Sandbox;

/// <summary>
/// Reads the allow-list syntax: <c>[-]K:id [category]</c> a line, K one of N T M P F E, a category only on denials,
/// '#' comments at the start of a line or after white space. A malformed, duplicate or contradictory line throws
/// <see cref="SandboxAllowListFormatException"/> naming its line.
/// </summary>
internal static partial class SandboxAllowListParser
{
    private static readonly Dictionary<string, SandboxCategory> Categories = new(StringComparer.Ordinal)
    {
        ["reflection"] = SandboxCategory.Reflection,
        ["io"] = SandboxCategory.FileSystem,
        ["network"] = SandboxCategory.Network,
        ["process"] = SandboxCategory.Process,
        ["threading"] = SandboxCategory.Threading,
        ["async"] = SandboxCategory.Async,
        ["environment"] = SandboxCategory.Environment,
        ["runtime"] = SandboxCategory.Runtime,
        ["console"] = SandboxCategory.Console,
        ["interop"] = SandboxCategory.Interop,
        ["unsafe"] = SandboxCategory.Unsafe,
        ["dynamic"] = SandboxCategory.Dynamic,
        ["budget"] = SandboxCategory.Budget,
        ["outside-budget"] = SandboxCategory.OutsideBudget,
        ["regex-timeout"] = SandboxCategory.RegexTimeout,
        ["expressions"] = SandboxCategory.Expressions,
    };

    public static ImmutableArray<SandboxAllowListEntry> Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = ImmutableArray.CreateBuilder<SandboxAllowListEntry>();
        var seen = new Dictionary<string, SandboxAllowListEntry>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var raw = lines[index];
            var content = WithoutComment(raw).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var entry = ParseLine(content, index + 1, raw, fileName);
            if (seen.TryGetValue(entry.Id, out var first))
            {
                var problem = first.IsDenial == entry.IsDenial
                    ? $"'{entry.Id}' is already listed on line {first.Line}"
                    : $"'{entry.Id}' is both allowed and denied (line {first.Line}); a denial would win, so keep one";
                throw new SandboxAllowListFormatException(fileName, index + 1, raw, problem);
            }

            seen.Add(entry.Id, entry);
            entries.Add(entry);
        }

        return entries.ToImmutable();
    }

    private static SandboxAllowListEntry ParseLine(string content, int number, string raw, string fileName)
    {
        var parts = content.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 2)
        {
            throw new SandboxAllowListFormatException(fileName, number, raw, "expected an id, and after a denial at most a category");
        }

        var isDenial = parts[0].StartsWith('-');
        var id = isDenial ? parts[0][1..] : parts[0];
        if (id.Length < 3 || id[1] != ':')
        {
            throw new SandboxAllowListFormatException(fileName, number, raw, "expected an id such as 'T:System.Text.StringBuilder'");
        }

        var kind = id[0];
        var name = id[2..];
        var valid = kind switch
        {
            'N' => NamespaceId().IsMatch(name),
            'T' => TypeId().IsMatch(name),
            'M' or 'P' or 'F' or 'E' => MemberId().IsMatch(name),
            _ => throw new SandboxAllowListFormatException(fileName, number, raw, $"unknown kind '{kind}' (expected N, T, M, P, F or E)"),
        };
        if (!valid)
        {
            throw new SandboxAllowListFormatException(fileName, number, raw, $"'{name}' is not a valid {KindName(kind)} id");
        }

        var category = SandboxCategory.NotAllowed;
        if (parts.Length == 2)
        {
            if (!isDenial)
            {
                throw new SandboxAllowListFormatException(fileName, number, raw, "only a denial ('-' line) takes a category");
            }

            if (!Categories.TryGetValue(parts[1], out category))
            {
                throw new SandboxAllowListFormatException(fileName, number, raw, $"unknown category '{parts[1]}' (expected one of {string.Join(", ", Categories.Keys)})");
            }
        }

        return new SandboxAllowListEntry(isDenial, kind, name, category, number);
    }

    // '#' opens a comment at the start of a line or after white space; elsewhere it belongs to an id (M:T.#ctor).
    private static string WithoutComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    private static string KindName(char kind) => kind switch
    {
        'N' => "namespace",
        'T' => "type",
        'M' => "method",
        'P' => "property",
        'F' => "field",
        _ => "event",
    };

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceId();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(`[0-9]+)?(\.[A-Za-z_][A-Za-z0-9_]*(`[0-9]+)?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeId();

    // Type.Name, then an optional generic arity, parameter list and conversion return type: M:System.Decimal.op_Implicit(System.Int32)~System.Decimal.
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(`[0-9]+)?(\.[A-Za-z_][A-Za-z0-9_]*(`[0-9]+)?)*\.(#ctor|#cctor|[A-Za-z_][A-Za-z0-9_]*)(``[0-9]+)?(\([^()\s]+\))?(~[^\s]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MemberId();
}
