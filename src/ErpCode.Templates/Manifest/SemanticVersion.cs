using System.Globalization;
using System.Text.RegularExpressions;

namespace ErpCode.Templates.Manifest;

/// <summary>A semantic version (<c>1.4.0</c>, <c>2.0.0-beta.1</c>), ordered as semver.org says; build metadata is not allowed.</summary>
public sealed partial record SemanticVersion(int Major, int Minor, int Patch, string PreRelease) : IComparable<SemanticVersion>
{
    /// <summary>Reads <paramref name="text"/>; returns null when it is not MAJOR.MINOR.PATCH with an optional -pre-release.</summary>
    public static SemanticVersion? TryParse(string? text)
    {
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true })
        {
            return null;
        }

        return int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            && int.TryParse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var patch)
            ? new SemanticVersion(major, minor, patch, match.Groups[4].Value)
            : null;
    }

    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var result = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (result != 0 || PreRelease == other.PreRelease)
        {
            return result;
        }

        // A pre-release comes before its release; pre-releases compare field by field, numbers below words.
        if (PreRelease.Length == 0 || other.PreRelease.Length == 0)
        {
            return PreRelease.Length == 0 ? 1 : -1;
        }

        var mine = PreRelease.Split('.');
        var theirs = other.PreRelease.Split('.');
        for (var i = 0; i < Math.Min(mine.Length, theirs.Length); i++)
        {
            var a = int.TryParse(mine[i], NumberStyles.None, CultureInfo.InvariantCulture, out var x);
            var b = int.TryParse(theirs[i], NumberStyles.None, CultureInfo.InvariantCulture, out var y);
            var field = a && b ? x.CompareTo(y) : a ? -1 : b ? 1 : string.CompareOrdinal(mine[i], theirs[i]);
            if (field != 0)
            {
                return field;
            }
        }

        return mine.Length.CompareTo(theirs.Length);
    }

    public static bool operator <(SemanticVersion left, SemanticVersion right) => left is null ? right is not null : left.CompareTo(right) < 0;

    public static bool operator >(SemanticVersion left, SemanticVersion right) => left is not null && left.CompareTo(right) > 0;

    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left is null || left.CompareTo(right) <= 0;

    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left is null ? right is null : left.CompareTo(right) >= 0;

    public override string ToString() => PreRelease.Length == 0 ? $"{Major}.{Minor}.{Patch}" : $"{Major}.{Minor}.{Patch}-{PreRelease}";

    [GeneratedRegex(@"^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
