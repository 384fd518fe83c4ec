using System.Collections.Immutable;

namespace ErpCode.Templates.Manifest;

/// <summary>
/// The versions a dependency accepts: comparators joined by spaces, all of which must hold, such as
/// <c>&gt;=1.0.0 &lt;2.0.0</c>; also <c>^1.2.0</c> (same major), <c>~1.2.0</c> (same minor), <c>1.2.0</c> or
/// <c>=1.2.0</c> (exactly) and <c>*</c> (any).
/// </summary>
public sealed record VersionRange
{
    private static readonly string[] Operators = [">=", "<=", ">", "<", "=", "^", "~"];

    private VersionRange(string text, ImmutableArray<(string Operator, SemanticVersion Version)> comparators)
    {
        Text = text;
        Comparators = comparators;
    }

    /// <summary>The range as written.</summary>
    public string Text { get; }

    private ImmutableArray<(string Operator, SemanticVersion Version)> Comparators { get; }

    /// <summary>Reads a range; returns null with <paramref name="problem"/> set when it cannot be read.</summary>
    public static VersionRange? TryParse(string? text, out string problem)
    {
        problem = string.Empty;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            problem = "a version range is empty; write one such as '>=1.0.0 <2.0.0' or '*'";
            return null;
        }

        var comparators = ImmutableArray.CreateBuilder<(string, SemanticVersion)>();
        foreach (var part in trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "*")
            {
                continue;
            }

            var op = Operators.FirstOrDefault(o => part.StartsWith(o, StringComparison.Ordinal)) ?? "=";
            var version = SemanticVersion.TryParse(part[(part.StartsWith(op, StringComparison.Ordinal) ? op.Length : 0)..]);
            if (version is null)
            {
                problem = $"'{part}' is not a version comparator; write one such as '>=1.0.0', '<2.0.0', '^1.2.0' or '~1.2.0'";
                return null;
            }

            switch (op)
            {
                case "^":
                    comparators.Add((">=", version));
                    comparators.Add(("<", version.Major > 0 ? new SemanticVersion(version.Major + 1, 0, 0, string.Empty) : new SemanticVersion(0, version.Minor + 1, 0, string.Empty)));
                    break;
                case "~":
                    comparators.Add((">=", version));
                    comparators.Add(("<", new SemanticVersion(version.Major, version.Minor + 1, 0, string.Empty)));
                    break;
                default:
                    comparators.Add((op, version));
                    break;
            }
        }

        return new VersionRange(trimmed, comparators.ToImmutable());
    }

    /// <summary>True when <paramref name="version"/> satisfies every comparator.</summary>
    public bool Includes(SemanticVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Comparators.All(c =>
        {
            var compared = version.CompareTo(c.Version);
            return c.Operator switch
            {
                ">=" => compared >= 0,
                "<=" => compared <= 0,
                ">" => compared > 0,
                "<" => compared < 0,
                _ => compared == 0,
            };
        });
    }

    public override string ToString() => Text;
}
