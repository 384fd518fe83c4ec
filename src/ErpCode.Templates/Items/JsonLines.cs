using System.Text;
using System.Text.Json;

namespace ErpCode.Templates.Items;

/// <summary>Finds where things are in a JSON file, for error messages: the line of a syntax error or of a field path such as <c>properties[2].type</c>.</summary>
internal static class JsonLines
{
    /// <summary>The 1-based line of the JSON syntax error in <paramref name="text"/>, or null when it parses.</summary>
    public static (int Line, string Message)? SyntaxError(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256 });
            return null;
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return ((int)(ex.LineNumber ?? 0) + 1, (cut > 0 ? message[..cut] : message).TrimEnd('.', ' '));
        }
    }

    /// <summary>The 1-based line where <paramref name="path"/> (<c>name</c>, <c>states[1].id</c>) is written; 1 when it is not found.</summary>
    public static int LineOf(string text, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return 1;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes);
        var stack = new Stack<(bool IsArray, string Path, int Index)>();
        var pending = string.Empty;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    var parent = stack.Count == 0 ? string.Empty : stack.Peek().Path;
                    pending = parent.Length == 0 ? reader.GetString()! : $"{parent}.{reader.GetString()}";
                    if (string.Equals(pending, path, StringComparison.OrdinalIgnoreCase))
                    {
                        return LineAt(bytes, reader.TokenStartIndex);
                    }

                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    stack.Pop();
                    continue;
                }

                var here = pending;
                if (stack.Count > 0 && stack.Peek().IsArray)
                {
                    var (isArray, arrayPath, index) = stack.Pop();
                    here = $"{arrayPath}[{index}]";
                    stack.Push((isArray, arrayPath, index + 1));
                    if (here == path)
                    {
                        return LineAt(bytes, reader.TokenStartIndex);
                    }
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    stack.Push((token == JsonTokenType.StartArray, here, 0));
                }
            }
        }
        catch (JsonException)
        {
            // A file that does not parse is reported by SyntaxError; here it only means "not found".
        }

        return 1;
    }

    private static int LineAt(byte[] bytes, long offset) => 1 + bytes.AsSpan(0, (int)offset).Count((byte)'\n');
}
