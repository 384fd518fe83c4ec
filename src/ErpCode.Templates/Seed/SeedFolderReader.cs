using System.Collections.Immutable;
using System.Text.Json;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;

namespace ErpCode.Templates.Seed;

/// <summary>
/// Reads a seed folder: <c>seed.json</c> names the portal types to load, in order (each from
/// <c>documents/&lt;PortalType&gt;.json</c>, an array of documents with their <c>Id</c>), and the users file. Keys starting
/// with <c>$</c> are instructions to the loader (<c>$transitions</c>, <c>$calls</c>) or notes (<c>$comment</c>), never properties.
/// </summary>
internal static class SeedFolderReader
{
    public const string ManifestName = "seed.json";

    public static (IReadOnlyList<SeedEntry> Documents, IReadOnlyList<SeedUser> Users) Read(string folder)
    {
        var manifest = Parse(folder, ManifestName);
        if (manifest.ValueKind != JsonValueKind.Object)
        {
            throw new SeedFormatException(ManifestName, string.Empty, "the seed manifest is an object with documents (portal types in load order) and users (a file name)");
        }

        var documents = new List<SeedEntry>();
        if (manifest.TryGetProperty("documents", out var types))
        {
            foreach (var type in Strings(ManifestName, "documents", types))
            {
                documents.AddRange(ReadDocuments(folder, type));
            }
        }

        var users = manifest.TryGetProperty("users", out var usersFile) && usersFile.ValueKind == JsonValueKind.String
            ? ReadUsers(folder, usersFile.GetString()!)
            : [];
        return (documents, users);
    }

    private static IEnumerable<SeedEntry> ReadDocuments(string folder, string portalType)
    {
        var file = $"documents/{portalType}.json";
        var root = Parse(folder, file);
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new SeedFormatException(file, string.Empty, "a documents file holds an array of documents");
        }

        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            var at = $"[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new SeedFormatException(file, at, "each document is an object of its properties");
            }

            var id = item.TryGetProperty(SystemProperties.Id, out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : null;
            var problem = id is null ? "it has none" : DocumentId.Check(id);
            if (problem is not null)
            {
                throw new SeedFormatException(file, at, $"each document needs an Id, so that loading twice finds it: {problem}");
            }

            var properties = item.EnumerateObject().Where(p => !p.Name.StartsWith('$')).Select(p => new KeyValuePair<string, DocValue>(p.Name, PlainJson.Read(p.Value)));
            yield return new SeedEntry(
                portalType,
                id!,
                DocumentValue.Create(properties),
                item.TryGetProperty("$transitions", out var transitions) ? Strings(file, $"{id}.$transitions", transitions) : [],
                item.TryGetProperty("$calls", out var calls) ? Strings(file, $"{id}.$calls", calls) : []);
        }
    }

    private static List<SeedUser> ReadUsers(string folder, string file)
    {
        var root = Parse(folder, file);
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new SeedFormatException(file, string.Empty, "the users file holds an array of users");
        }

        var users = new List<SeedUser>();
        foreach (var user in root.EnumerateArray())
        {
            var name = Text(user, "name");
            var password = Text(user, "password");
            if (name is null || password is null)
            {
                throw new SeedFormatException(file, name ?? $"[{users.Count}]", "each user needs a name and a password");
            }

            users.Add(new SeedUser(
                file,
                name,
                Text(user, "displayName"),
                user.TryGetProperty("roles", out var roles) ? Strings(file, $"{name}.roles", roles) : [],
                user.TryGetProperty("groups", out var groups) ? Strings(file, $"{name}.groups", groups) : [],
                password));
        }

        return users;
    }

    private static JsonElement Parse(string folder, string file)
    {
        var path = Path.Combine(folder, file.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(path))
        {
            throw new SeedFormatException(file, string.Empty, $"there is no such file in the seed folder {folder}");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new SeedFormatException(file, string.Empty, $"not JSON at line {(ex.LineNumber ?? 0) + 1}: {ex.Message}");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> Strings(string file, string field, JsonElement element) =>
        element.ValueKind == JsonValueKind.Array && element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? [.. element.EnumerateArray().Select(e => e.GetString()!)]
            : throw new SeedFormatException(file, field, "expected a list of names");
}
