using System.Globalization;
using System.Text;
using DiffPlex;

namespace ErpCode.Templates.Diffing;

/// <summary>Unified diff text (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks with three lines of context) of two texts, line by line.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Of(string oldName, string? oldText, string newName, string? newText)
    {
        var result = Differ.Instance.CreateLineDiffs(oldText ?? string.Empty, newText ?? string.Empty, ignoreWhitespace: false);
        var oldLines = result.PiecesOld;
        var newLines = result.PiecesNew;

        // The edit script: ' ' kept, '-' only in the old text, '+' only in the new, with each side's line number.
        var script = new List<(char Op, string Text, int Old, int New)>();
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++, b++)
            {
                script.Add((' ', oldLines[a], a, b));
            }

            for (var i = 0; i < block.DeleteCountA; i++, a++)
            {
                script.Add(('-', oldLines[a], a, b));
            }

            for (var i = 0; i < block.InsertCountB; i++, b++)
            {
                script.Add(('+', newLines[b], a, b));
            }
        }

        for (; a < oldLines.Count; a++, b++)
        {
            script.Add((' ', oldLines[a], a, b));
        }

        var text = new StringBuilder();
        text.Append("--- ").Append(oldText is null ? "/dev/null" : oldName).Append('\n');
        text.Append("+++ ").Append(newText is null ? "/dev/null" : newName).Append('\n');
        var changed = script.Select((s, i) => (s.Op, i)).Where(s => s.Op != ' ').Select(s => s.i).ToList();
        var index = 0;
        while (index < changed.Count)
        {
            var start = Math.Max(0, changed[index] - Context);
            var end = Math.Min(script.Count - 1, changed[index] + Context);
            while (index + 1 < changed.Count && changed[index + 1] - Context <= end + 1)
            {
                index++;
                end = Math.Min(script.Count - 1, changed[index] + Context);
            }

            var hunk = script.GetRange(start, end - start + 1);
            var oldCount = hunk.Count(h => h.Op != '+');
            var newCount = hunk.Count(h => h.Op != '-');
            text.Append(CultureInfo.InvariantCulture, $"@@ -{(oldCount == 0 ? hunk[0].Old : hunk[0].Old + 1)},{oldCount} +{(newCount == 0 ? hunk[0].New : hunk[0].New + 1)},{newCount} @@\n");
            foreach (var line in hunk)
            {
                text.Append(line.Op).Append(line.Text).Append('\n');
            }

            index++;
        }

        return text.ToString();
    }
}
