using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ErpCode.Templates.Items;

/// <summary>
/// The one JSON layout of template files: two-space indentation, '\n' line ends, a final newline, properties in the
/// order the writer gives them, and no needless escaping (expressions keep their '&lt;' and '&amp;&amp;').
/// </summary>
internal static class CanonicalJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Rewrites compact JSON in the template layout.</summary>
    public static string Indent(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Write(writer => document.RootElement.WriteTo(writer));
    }

    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
