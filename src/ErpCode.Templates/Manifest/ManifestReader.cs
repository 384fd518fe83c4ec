using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ErpCode.Templates.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ErpCode.Templates.Manifest;

/// <summary>
/// Reads <c>template.yaml</c>. Every field is checked, and a problem is reported as a
/// <see cref="TemplateFormatException"/> naming the file, the line and the field.
/// </summary>
internal static partial class ManifestReader
{
    private static readonly string[] Known = ["name", "version", "description", "author", "licence", "dependencies"];

    public static TemplateManifest Read(string text)
    {
        var file = TemplateManifest.FileName;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new TemplateFormatException(file, (int)ex.Start.Line, string.Empty, $"not valid YAML: {ex.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new TemplateFormatException(file, 1, string.Empty, "the manifest must be a mapping of fields (name, version, description, author, licence, dependencies)");
        }

        foreach (var (key, _) in root.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!Known.Contains(name, StringComparer.Ordinal))
            {
                throw new TemplateFormatException(file, Line(key), name, $"'{name}' is not a manifest field; the fields are {string.Join(", ", Known)}");
            }
        }

        var templateName = Scalar(root, "name", required: true)!;
        if (!NamePattern().IsMatch(templateName.Value))
        {
            throw new TemplateFormatException(file, templateName.Line, "name", $"'{templateName.Value}' is not a template name: use lower-case letters, digits and '_', starting with a letter (such as erp_base)");
        }

        var versionText = Scalar(root, "version", required: true)!;
        var version = SemanticVersion.TryParse(versionText.Value)
            ?? throw new TemplateFormatException(file, versionText.Line, "version", $"'{versionText.Value}' is not a semantic version such as 1.0.0");
        return new TemplateManifest(
            templateName.Value,
            version,
            Dependencies(root, templateName.Value),
            Scalar(root, "description", required: true)!.Value,
            Scalar(root, "author", required: true)!.Value,
            Scalar(root, "licence", required: true)!.Value);
    }

    private static ImmutableArray<TemplateDependency> Dependencies(YamlMappingNode root, string self)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("dependencies"), out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            throw new TemplateFormatException(TemplateManifest.FileName, Line(node), "dependencies", "dependencies must be a list of entries with a name and a version range");
        }

        var result = ImmutableArray.CreateBuilder<TemplateDependency>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var field = $"dependencies[{i}]";
            if (list.Children[i] is not YamlMappingNode entry)
            {
                throw new TemplateFormatException(TemplateManifest.FileName, Line(list.Children[i]), field, "a dependency is a mapping such as {name: erp_base, version: \">=1.0.0 <2.0.0\"}");
            }

            foreach (var (key, _) in entry.Children)
            {
                if ((key as YamlScalarNode)?.Value is not ("name" or "version"))
                {
                    throw new TemplateFormatException(TemplateManifest.FileName, Line(key), $"{field}.{(key as YamlScalarNode)?.Value}", "a dependency has only a name and a version range");
                }
            }

            var name = Scalar(entry, "name", required: true, field)!;
            if (!NamePattern().IsMatch(name.Value) || name.Value == self)
            {
                throw new TemplateFormatException(TemplateManifest.FileName, name.Line, $"{field}.name", name.Value == self ? "a template cannot depend on itself" : $"'{name.Value}' is not a template name");
            }

            var rangeText = Scalar(entry, "version", required: false, field);
            var range = VersionRange.TryParse(rangeText?.Value ?? "*", out var problem)
                ?? throw new TemplateFormatException(TemplateManifest.FileName, rangeText?.Line ?? Line(entry), $"{field}.version", problem);
            if (result.Any(d => d.Name == name.Value))
            {
                throw new TemplateFormatException(TemplateManifest.FileName, name.Line, $"{field}.name", $"{name.Value} is listed twice");
            }

            result.Add(new TemplateDependency(name.Value, range));
        }

        return result.ToImmutable();
    }

    private static ScalarValue? Scalar(YamlMappingNode map, string key, bool required, string? parent = null)
    {
        var field = parent is null ? key : $"{parent}.{key}";
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return required ? throw new TemplateFormatException(TemplateManifest.FileName, Line(map), field, $"the field '{key}' is missing") : null;
        }

        if (node is not YamlScalarNode { Value: { } value } || (required && string.IsNullOrWhiteSpace(value)))
        {
            throw new TemplateFormatException(TemplateManifest.FileName, Line(node), field, $"'{key}' must be a non-empty text value");
        }

        return new ScalarValue(value.Trim(), Line(node));
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private sealed record ScalarValue(string Value, int Line);

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    internal static partial Regex NamePattern();
}
