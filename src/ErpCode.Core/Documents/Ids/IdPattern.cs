using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ErpCode.Core.Storage.Documents;

namespace ErpCode.Core.Documents.Ids;

/// <summary>
/// A parsed id pattern such as <c>SO-{yyyy}-{seq:00000}</c>: literal text, date parts of the creation date
/// (<c>{yyyy} {yy} {MM} {dd}</c>) and exactly one counter <c>{seq}</c> with an optional zero-padding format.
/// The counter runs per scope: the id with the counter as a placeholder (<c>SO-2026-{seq}</c>), so it restarts each year.
/// </summary>
public sealed class IdPattern
{
    private readonly ImmutableArray<Part> _parts;

    private IdPattern(string text, ImmutableArray<Part> parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    /// <summary>Parses <paramref name="pattern"/>; <paramref name="problem"/> says what is wrong when it returns null.</summary>
    public static IdPattern? TryParse(string pattern, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var parts = ImmutableArray.CreateBuilder<Part>();
        var literal = new StringBuilder();
        var sequences = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c != '{')
            {
                if (c == '}')
                {
                    problem = $"'}}' at position {i + 1} closes nothing";
                    return null;
                }

                literal.Append(c);
                continue;
            }

            var end = pattern.IndexOf('}', i);
            if (end < 0)
            {
                problem = $"'{{' at position {i + 1} is not closed";
                return null;
            }

            if (literal.Length > 0)
            {
                parts.Add(new Part(PartKind.Literal, literal.ToString()));
                literal.Clear();
            }

            var token = pattern[(i + 1)..end];
            switch (token)
            {
                case "yyyy" or "yy" or "MM" or "dd":
                    parts.Add(new Part(PartKind.Date, token));
                    break;
                case "seq":
                    parts.Add(new Part(PartKind.Sequence, "0"));
                    sequences++;
                    break;
                default:
                    if (token.StartsWith("seq:", StringComparison.Ordinal) && token.Length > 4 && token[4..].All(ch => ch == '0') && token.Length - 4 <= 12)
                    {
                        parts.Add(new Part(PartKind.Sequence, token[4..]));
                        sequences++;
                        break;
                    }

                    problem = $"'{{{token}}}' is not a pattern part; use {{yyyy}}, {{yy}}, {{MM}}, {{dd}}, {{seq}} or {{seq:00000}}";
                    return null;
            }

            i = end;
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(PartKind.Literal, literal.ToString()));
        }

        if (sequences != 1)
        {
            problem = sequences == 0 ? "the pattern needs one {seq} counter to make ids unique" : "the pattern may hold only one {seq}";
            return null;
        }

        var parsed = new IdPattern(pattern, parts.ToImmutable());
        var sample = parsed.Format(new DateOnly(2026, 12, 31), 1);
        if (DocumentId.Check(sample) is { } idProblem)
        {
            problem = $"it gives ids such as '{sample}', which are not valid ids ({idProblem})";
            return null;
        }

        problem = null;
        return parsed;
    }

    /// <summary>The scope of the counter for a document created on <paramref name="date"/>: the id without its counter.</summary>
    public string Scope(DateOnly date) => string.Concat(_parts.Select(p => p.Kind == PartKind.Sequence ? "{seq}" : Render(p, date, 0)));

    public string Format(DateOnly date, long sequence) => string.Concat(_parts.Select(p => Render(p, date, sequence)));

    private static string Render(Part part, DateOnly date, long sequence) => part.Kind switch
    {
        PartKind.Literal => part.Text,
        PartKind.Date => date.ToString(part.Text, CultureInfo.InvariantCulture),
        _ => sequence.ToString(part.Text, CultureInfo.InvariantCulture),
    };

    private enum PartKind
    {
        Literal,
        Date,
        Sequence,
    }

    private sealed record Part(PartKind Kind, string Text);
}
