using System.Collections.Immutable;
using System.Text.Json;
using ErpCode.Core.Components;
using ErpCode.Core.Sites;
using ErpCode.Core.Types.Definitions;
using ErpCode.Templates.Errors;

namespace ErpCode.Templates.Items;

/// <summary>
/// The <c>action</c> field of a component's metadata file, a Script's declaration as a site action:
/// <c>{"roles": ["Sales"], "parameters": [{"name": "Since", "type": "Date", "optional": true}], "returns": "Decimal"}</c>.
/// Written with <c>optional</c> only when true and <c>returns</c> only when the action returns something; read strictly,
/// each problem a <see cref="TemplateFormatException"/> naming the field (such as <c>action.parameters[1].type</c>) and its line.
/// </summary>
internal static class SiteActionJson
{
    public const string Field = "action";

    public static void Write(Utf8JsonWriter writer, SiteAction action)
    {
        writer.WritePropertyName(Field);
        WriteValue(writer, action);
    }

    /// <summary>The declaration as a JSON object, without the field's name.</summary>
    public static void WriteValue(Utf8JsonWriter writer, SiteAction action)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("roles");
        foreach (var role in action.Roles)
        {
            writer.WriteStringValue(role);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("parameters");
        foreach (var parameter in action.Parameters)
        {
            writer.WriteStartObject();
            writer.WriteString("name", parameter.Name);
            writer.WriteString("type", parameter.Type.ToString());
            if (parameter.Optional)
            {
                writer.WriteBoolean("optional", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (action.Returns is { } returns)
        {
            writer.WriteString("returns", returns.ToString());
        }

        writer.WriteEndObject();
    }

    /// <summary>The declaration in <paramref name="element"/>, checked by <see cref="SiteActionRules.Check"/>; <paramref name="text"/> is the whole file, for lines.</summary>
    public static SiteAction Read(string relative, string text, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(relative, text, Field, "an action is an object with its roles, parameters and returns, such as {\"roles\": [\"Sales\"], \"parameters\": [], \"returns\": \"Decimal\"}");
        }

        var action = new SiteAction();
        foreach (var property in element.EnumerateObject())
        {
            var path = $"{Field}.{property.Name}";
            action = property.Name switch
            {
                "roles" => action with
                {
                    Roles = property.Value.ValueKind == JsonValueKind.Array && property.Value.EnumerateArray().All(r => r.ValueKind == JsonValueKind.String)
                        ? [.. property.Value.EnumerateArray().Select(r => r.GetString()!)]
                        : throw Fail(relative, text, path, "the roles that may run the action are a list of role names"),
                },
                "parameters" => action with { Parameters = ReadParameters(relative, text, property.Value) },
                "returns" => action with
                {
                    Returns = property.Value.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String => TypeNamed(property.Value.GetString())
                            ?? throw Fail(relative, text, path, $"'{property.Value.GetString()}' is not a type an action returns; use one of {TypeList}, or leave returns out when it returns nothing"),
                        _ => throw Fail(relative, text, path, $"what the action returns is a type name, one of {TypeList}"),
                    },
                },
                _ => throw Fail(relative, text, path, $"'{property.Name}' is not an action field; the fields are roles, parameters and returns"),
            };
        }

        if (SiteActionRules.Check(action) is { Count: > 0 } problems)
        {
            throw Fail(relative, text, FieldOf(problems[0], action, element), string.Join("; ", problems));
        }

        return action;
    }

    private static ImmutableArray<BusinessMethodParameter> ReadParameters(string relative, string text, JsonElement list)
    {
        var path = $"{Field}.parameters";
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw Fail(relative, text, path, "the parameters are a list of objects, such as [{\"name\": \"Customer\", \"type\": \"String\"}]");
        }

        var parameters = ImmutableArray.CreateBuilder<BusinessMethodParameter>();
        foreach (var (element, index) in list.EnumerateArray().Select((e, i) => (e, i)))
        {
            var at = $"{path}[{index}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Fail(relative, text, at, "a parameter is an object with a name, a type and, when it may be left out, \"optional\": true");
            }

            string? name = null;
            PropertyType? type = null;
            var optional = false;
            foreach (var property in element.EnumerateObject())
            {
                var field = $"{at}.{property.Name}";
                switch (property.Name)
                {
                    case "name":
                        name = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : throw Fail(relative, text, field, "a parameter's name is a string");
                        break;
                    case "type":
                        type = property.Value.ValueKind == JsonValueKind.String
                            ? TypeNamed(property.Value.GetString()) ?? throw Fail(relative, text, field, $"'{property.Value.GetString()}' is not a type an action takes; use one of {TypeList}")
                            : throw Fail(relative, text, field, $"a parameter's type is a type name, one of {TypeList}");
                        break;
                    case "optional":
                        optional = property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False
                            ? property.Value.GetBoolean()
                            : throw Fail(relative, text, field, "optional is true or false");
                        break;
                    default:
                        throw Fail(relative, text, field, $"'{property.Name}' is not a parameter field; the fields are name, type and optional");
                }
            }

            parameters.Add(new BusinessMethodParameter(
                name ?? throw Fail(relative, text, at, "the parameter has no name"),
                type ?? throw Fail(relative, text, at, $"the parameter {name} has no type; use one of {TypeList}"),
                optional));
        }

        return parameters.ToImmutable();
    }

    // SiteActionRules.Check names the field each problem is about at its start ("parameter 'X'", "returns:", "roles:").
    private static string FieldOf(string problem, SiteAction action, JsonElement element)
    {
        if (problem.StartsWith("returns:", StringComparison.Ordinal))
        {
            return $"{Field}.returns";
        }

        if (problem.StartsWith("roles:", StringComparison.Ordinal))
        {
            return element.TryGetProperty("roles", out _) ? $"{Field}.roles" : Field;
        }

        var names = action.Parameters.Select(p => p.Name).ToList();
        var named = names.FindIndex(n => problem.StartsWith($"parameter '{n}'", StringComparison.Ordinal));
        if (named < 0)
        {
            return Field;
        }

        // A name declared twice is the fault of its second declaration.
        var index = problem.Contains("declared twice", StringComparison.Ordinal) ? names.LastIndexOf(names[named]) : named;
        return $"{Field}.parameters[{index}]";
    }

    private static PropertyType? TypeNamed(string? name) =>
        SiteActionRules.Types.Where(t => t.ToString() == name).Cast<PropertyType?>().FirstOrDefault();

    private static string TypeList => string.Join(", ", SiteActionRules.Types);

    private static TemplateFormatException Fail(string relative, string text, string field, string problem) =>
        new(relative, JsonLines.LineOf(text, field), field, problem);
}
