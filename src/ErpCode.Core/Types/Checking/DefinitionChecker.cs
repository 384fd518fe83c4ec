using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ErpCode.Core.Documents.Coercion;
using ErpCode.Core.Documents.Ids;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Types.Checking;

/// <summary>
/// Checks a whole set of definitions against each other, the way the site would run them: names, property types
/// and their options, sheets and child types that exist, containment without cycles, id patterns, indexes and
/// layout. Expressions are compiled separately (<see cref="Expressions.IExpressionCompiler"/>). Returns every
/// problem found, each naming its definition and field.
/// </summary>
public static class DefinitionChecker
{
    public static ImmutableArray<DefinitionProblem> Check(SiteDefinitions site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var problems = ImmutableArray.CreateBuilder<DefinitionProblem>();
        CheckCategories(site, problems);
        CheckSheets(site, problems);
        CheckTypes(site, problems);
        Workflows.Checking.WorkflowChecker.Check(site, problems);
        Security.Roles.RoleChecker.Check(site, problems);
        return problems.ToImmutable();
    }

    private static void CheckCategories(SiteDefinitions site, ImmutableArray<DefinitionProblem>.Builder problems)
    {
        foreach (var group in site.Categories.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new DefinitionProblem($"BaseCategory {group.Key}", "name", "two base categories have this name"));
        }

        foreach (var category in site.Categories)
        {
            var name = $"BaseCategory {category.Name}";
            if (Identifiers.CheckMemberName(category.Name) is { } problem)
            {
                problems.Add(new DefinitionProblem(name, "name", problem));
            }

            CheckItems(name, "items", category.Items, problems);
        }
    }

    private static void CheckItems(string definition, string path, ImmutableArray<CategoryItem> items, ImmutableArray<DefinitionProblem>.Builder problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            var field = $"{path}[{i}]";
            if (Identifiers.CheckCategoryId(items[i].Id) is { } problem)
            {
                problems.Add(new DefinitionProblem(definition, field + ".id", problem));
            }
            else if (!seen.Add(items[i].Id))
            {
                problems.Add(new DefinitionProblem(definition, field + ".id", $"'{items[i].Id}' is used twice at this level"));
            }

            CheckItems(definition, field + ".items", items[i].Items, problems);
        }
    }

    private static void CheckSheets(SiteDefinitions site, ImmutableArray<DefinitionProblem>.Builder problems)
    {
        foreach (var group in site.PropertySheets.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new DefinitionProblem($"PropertySheet {group.Key}", "name", "two property sheets have this name (names are compared ignoring case)"));
        }

        var categories = site.Categories.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var types = site.PortalTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var sheet in site.PropertySheets)
        {
            var definition = $"PropertySheet {sheet.Name}";
            if (Identifiers.CheckTypeName(sheet.Name) is { } nameProblem)
            {
                problems.Add(new DefinitionProblem(definition, "name", nameProblem));
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < sheet.Properties.Length; i++)
            {
                var property = sheet.Properties[i];
                var field = $"properties[{i}]";
                if (!names.Add(property.Name ?? string.Empty))
                {
                    problems.Add(new DefinitionProblem(definition, field + ".name", $"'{property.Name}' is defined twice in this sheet (names are compared ignoring case)"));
                }

                CheckProperty(definition, field, property, categories, types, problems);
            }

            var constraintNames = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < sheet.Constraints.Length; i++)
            {
                var constraint = sheet.Constraints[i];
                var field = $"constraints[{i}]";
                if (Identifiers.CheckMemberName(constraint.Name) is { } problem)
                {
                    problems.Add(new DefinitionProblem(definition, field + ".name", problem));
                }
                else if (!constraintNames.Add(constraint.Name))
                {
                    problems.Add(new DefinitionProblem(definition, field + ".name", $"'{constraint.Name}' is defined twice in this sheet"));
                }

                if (string.IsNullOrWhiteSpace(constraint.Expression))
                {
                    problems.Add(new DefinitionProblem(definition, field + ".expression", "a constraint needs an expression"));
                }

                if (string.IsNullOrWhiteSpace(constraint.Message))
                {
                    problems.Add(new DefinitionProblem(definition, field + ".message", "a constraint needs the message a user reads when it fails"));
                }

                if (constraint.Property is { Length: > 0 } target && !sheet.Properties.Any(p => p.Name == target))
                {
                    problems.Add(new DefinitionProblem(definition, field + ".property", $"'{target}' is not a property of this sheet"));
                }
            }
        }
    }

    private static void CheckProperty(
        string definition,
        string field,
        PropertyDefinition property,
        HashSet<string> categories,
        HashSet<string> types,
        ImmutableArray<DefinitionProblem>.Builder problems)
    {
        void Add(string part, string message) => problems.Add(new DefinitionProblem(definition, $"{field}.{part}", message));

        if (Identifiers.CheckMemberName(property.Name) is { } nameProblem)
        {
            Add("name", nameProblem);
        }
        else if (SystemProperties.Reserved.Contains(property.Name))
        {
            Add("name", $"'{property.Name}' is a system property every document has; choose another name");
        }

        if (!Enum.IsDefined(property.Type))
        {
            Add("type", $"'{property.Type}' is not a property type; use one of {string.Join(", ", Enum.GetNames<PropertyType>())}");
            return;
        }

        var numeric = property.Type is PropertyType.Int or PropertyType.Decimal or PropertyType.Money;
        var textual = property.Type is PropertyType.String or PropertyType.Text;
        if ((property.Min is not null || property.Max is not null) && !numeric)
        {
            Add(property.Min is not null ? "min" : "max", $"min and max apply to Int, Decimal and Money properties, not {property.Type}");
        }

        if (property.Min is { } min && property.Max is { } max && min > max)
        {
            Add("min", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"min ({min}) is greater than max ({max})"));
        }

        if (property.MaxLength is { } maxLength && (!textual || maxLength <= 0))
        {
            Add("maxLength", textual ? "maxLength must be at least 1" : $"maxLength applies to String and Text properties, not {property.Type}");
        }

        if (property.Pattern is { } pattern)
        {
            if (!textual)
            {
                Add("pattern", $"a pattern applies to String and Text properties, not {property.Type}");
            }
            else
            {
                try
                {
                    _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
                }
                catch (ArgumentException ex)
                {
                    Add("pattern", $"not a valid regular expression: {ex.Message}");
                }
            }
        }

        switch (property.Type)
        {
            case PropertyType.Enum:
                if (property.Values.IsDefaultOrEmpty)
                {
                    Add("values", "an Enum property needs its list of values");
                }
                else
                {
                    foreach (var repeated in property.Values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
                    {
                        Add("values", $"'{repeated.Key}' is listed twice");
                    }

                    if (property.Values.Any(string.IsNullOrWhiteSpace))
                    {
                        Add("values", "a value cannot be empty");
                    }
                }

                break;
            case PropertyType.Category:
                if (string.IsNullOrEmpty(property.Category))
                {
                    Add("category", "a Category property names its base category");
                }
                else if (!categories.Contains(property.Category))
                {
                    Add("category", $"there is no base category '{property.Category}'");
                }

                break;
            case PropertyType.Reference:
                if (string.IsNullOrEmpty(property.Target))
                {
                    Add("target", "a Reference property names the portal type it points to");
                }
                else if (!types.Contains(property.Target))
                {
                    Add("target", $"there is no portal type '{property.Target}'");
                }

                break;
        }

        if (property.Type is not PropertyType.Enum && !property.Values.IsDefaultOrEmpty)
        {
            Add("values", $"values apply to Enum properties, not {property.Type}");
        }

        if (property.Default is not null && property.DefaultExpression is not null)
        {
            Add("default", "give either a default or a default expression, not both");
        }

        if (property.Computed is not null && (property.Default is not null || property.DefaultExpression is not null))
        {
            Add("computed", "a computed property cannot also have a default");
        }

        if (property.Default is { } literal)
        {
            CheckDefault(property, literal, Add);
        }
    }

    private static void CheckDefault(PropertyDefinition property, string literal, Action<string, string> add)
    {
        DocValue parsed;
        try
        {
            parsed = TypedJson.Deserialize(literal);
        }
        catch (System.Text.Json.JsonException)
        {
            add("default", $"'{literal}' is not a JSON value; write text in quotes (\"draft\"), numbers and true/false as they are");
            return;
        }

        if (ValueCoercion.Coerce(property, parsed, out var problem) is null)
        {
            add("default", $"the default {problem}");
        }
        else if (property.Type == PropertyType.Enum
            && (parsed is ArrayValue list ? list.Items : [parsed]).OfType<StringValue>().FirstOrDefault(s => !property.Values.Contains(s.Value)) is { } unknown)
        {
            add("default", $"the default '{unknown.Value}' is not one of the values");
        }
        else if (BreaksLimits(property, parsed) is { } limit)
        {
            add("default", $"the default {limit}");
        }
    }

    /// <summary>Why a default value breaks the property's own min, max, length or pattern, or null: every new document would fail.</summary>
    private static string? BreaksLimits(PropertyDefinition property, DocValue value)
    {
        foreach (var item in value is ArrayValue list ? list.Items : [value])
        {
            var number = item switch
            {
                Int64Value l => l.Value,
                DecimalValue d => d.Value,
                StringValue s when property.Type is PropertyType.Int or PropertyType.Decimal
                    && decimal.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
                DocumentValue money when money.TryGet("Amount", out var amount) && amount is Int64Value or DecimalValue => amount is Int64Value a ? a.Value : ((DecimalValue)amount).Value,
                _ => (decimal?)null,
            };
            if (number is { } n && (n < property.Min || n > property.Max))
            {
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} is outside {property.Min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"} to {property.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}");
            }

            if (item is StringValue text && property.Type is PropertyType.String or PropertyType.Text)
            {
                if (text.Value.Length > property.MaxLength)
                {
                    return $"has {text.Value.Length} characters, more than maxLength {property.MaxLength}";
                }

                if (property.Pattern is { } pattern && IsValidPattern(pattern) && !Regex.IsMatch(text.Value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
                {
                    return $"'{text.Value}' does not match the pattern";
                }
            }
        }

        return null;
    }

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void CheckTypes(SiteDefinitions site, ImmutableArray<DefinitionProblem>.Builder problems)
    {
        foreach (var group in site.PortalTypes.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new DefinitionProblem($"PortalType {group.Key}", "name", "two portal types have this name (names are compared ignoring case)"));
        }

        foreach (var group in site.PortalTypes.GroupBy(t => t.EntitySetName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            // Every type after the first is at fault, so the runtime leaves each of them out and never sees two types on one set.
            foreach (var type in group.Skip(1))
            {
                problems.Add(new DefinitionProblem($"PortalType {type.Name}", "entitySet", $"the entity set '{group.Key}' is used by {string.Join(" and ", group.Select(t => t.Name))}"));
            }
        }

        var sheets = site.PropertySheets.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var types = site.PortalTypes.GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var workflows = site.Workflows.GroupBy(w => w.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var type in site.PortalTypes)
        {
            CheckType(type, sheets, types, workflows, problems);
        }

        CheckContainmentCycles(types, problems);
    }

    private static void CheckType(
        PortalType type,
        Dictionary<string, PropertySheet> sheets,
        Dictionary<string, PortalType> types,
        Dictionary<string, Workflows.Definitions.Workflow> workflows,
        ImmutableArray<DefinitionProblem>.Builder problems)
    {
        var definition = $"PortalType {type.Name}";
        void Add(string field, string message) => problems.Add(new DefinitionProblem(definition, field, message));

        if (Identifiers.CheckTypeName(type.Name) is { } nameProblem)
        {
            Add("name", nameProblem);
        }

        if (type.EntitySet is { Length: > 0 } && Identifiers.CheckTypeName(type.EntitySet) is { } setProblem)
        {
            Add("entitySet", setProblem);
        }

        // Properties of the type, from its sheets, each owned by exactly one sheet.
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var properties = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        for (var i = 0; i < type.PropertySheets.Length; i++)
        {
            var sheetName = type.PropertySheets[i];
            if (!sheets.TryGetValue(sheetName, out var sheet))
            {
                Add($"propertySheets[{i}]", $"there is no property sheet '{sheetName}'");
                continue;
            }

            if (type.PropertySheets.Take(i).Contains(sheetName, StringComparer.Ordinal))
            {
                Add($"propertySheets[{i}]", $"'{sheetName}' is listed twice");
                continue;
            }

            foreach (var property in sheet.Properties)
            {
                if (owners.TryGetValue(property.Name ?? string.Empty, out var other))
                {
                    Add($"propertySheets[{i}]", $"property '{property.Name}' of sheet {sheetName} is also defined by sheet {other}");
                    continue;
                }

                owners[property.Name ?? string.Empty] = sheetName;
                properties[property.Name ?? string.Empty] = property;
            }
        }

        if (!string.IsNullOrWhiteSpace(type.TitleExpression) && owners.TryGetValue(Checking.SystemProperties.Title, out var titleOwner))
        {
            Add("titleExpression", $"the title is computed by the title expression, so sheet {titleOwner} cannot define a property 'Title'");
        }

        for (var i = 0; i < type.AllowedContentTypes.Length; i++)
        {
            var child = type.AllowedContentTypes[i];
            var field = $"allowedContentTypes[{i}]";
            if (!types.ContainsKey(child.Type ?? string.Empty))
            {
                Add(field + ".type", $"there is no portal type '{child.Type}'");
            }

            if (Identifiers.CheckMemberName(child.Property) is { } problem)
            {
                Add(field + ".property", problem);
            }
            else if (owners.TryGetValue(child.Property, out var sheet))
            {
                Add(field + ".property", $"'{child.Property}' is already a property (from sheet {sheet})");
            }
            else if (SystemProperties.Reserved.Contains(child.Property))
            {
                Add(field + ".property", $"'{child.Property}' is a system property");
            }
            else if (type.AllowedContentTypes.Take(i).Any(c => string.Equals(c.Property, child.Property, StringComparison.OrdinalIgnoreCase)))
            {
                Add(field + ".property", $"'{child.Property}' holds another child type already");
            }
        }

        if (type.BusinessClass is { Length: > 0 } businessClass && Identifiers.CheckTypeName(businessClass) is { } classProblem)
        {
            Add("businessClass", classProblem);
        }

        var stateVariables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < type.Workflows.Length; i++)
        {
            if (!workflows.TryGetValue(type.Workflows[i] ?? string.Empty, out var workflow))
            {
                Add($"workflows[{i}]", $"there is no workflow '{type.Workflows[i]}'");
                continue;
            }

            if (type.Workflows.Take(i).Contains(workflow.Name, StringComparer.Ordinal))
            {
                Add($"workflows[{i}]", $"'{workflow.Name}' is listed twice");
            }
            else if (!workflow.HasStates)
            {
                // Interactions only: no state to keep.
            }
            else if (stateVariables.TryGetValue(workflow.StateVariable ?? string.Empty, out var other))
            {
                Add($"workflows[{i}]", $"{workflow.Name} keeps its state in '{workflow.StateVariable}', as {other} does; each workflow of a chain needs its own state variable");
            }
            else if (owners.TryGetValue(workflow.StateVariable ?? string.Empty, out var sheet) || type.AllowedContentTypes.Any(c => string.Equals(c.Property, workflow.StateVariable, StringComparison.OrdinalIgnoreCase)))
            {
                Add($"workflows[{i}]", $"{workflow.Name} keeps its state in '{workflow.StateVariable}', which is already a property of {type.Name}{(sheet is null ? string.Empty : $" (from sheet {sheet})")}");
            }
            else
            {
                stateVariables[workflow.StateVariable ?? string.Empty] = workflow.Name;
            }
        }

        Security.Permissions.GrantChecker.CheckGrants(type.Permissions, "permissions", Add);

        if (type.IdGeneration.Pattern is { Length: > 0 } pattern && IdPattern.TryParse(pattern, out var patternProblem) is null)
        {
            Add("idGeneration.pattern", patternProblem!);
        }

        for (var i = 0; i < type.IndexedProperties.Length; i++)
        {
            var name = type.IndexedProperties[i];
            if (properties.TryGetValue(name, out var property))
            {
                if (property.List || property.Type == PropertyType.Money)
                {
                    Add($"indexedProperties[{i}]", $"'{name}' holds {(property.List ? "a list" : "money")}; only single values can be indexed");
                }
            }
            else if (name is not (SystemProperties.CreatedAt or SystemProperties.ModifiedAt or SystemProperties.Owner or SystemProperties.Title))
            {
                Add($"indexedProperties[{i}]", $"'{name}' is not a property of {type.Name}");
            }
        }

        bool Known(string name) => properties.ContainsKey(name) || type.AllowedContentTypes.Any(c => c.Property == name)
            || name is SystemProperties.Id or SystemProperties.Title or SystemProperties.CreatedAt or SystemProperties.ModifiedAt or SystemProperties.Owner or SystemProperties.ModifiedBy;

        for (var i = 0; i < type.Layout.ListColumns.Length; i++)
        {
            if (!Known(type.Layout.ListColumns[i]))
            {
                Add($"layout.listColumns[{i}]", $"'{type.Layout.ListColumns[i]}' is not a property of {type.Name}");
            }
        }

        for (var g = 0; g < type.Layout.FormGroups.Length; g++)
        {
            var group = type.Layout.FormGroups[g];
            for (var i = 0; i < group.Properties.Length; i++)
            {
                if (!Known(group.Properties[i]))
                {
                    Add($"layout.formGroups[{g}].properties[{i}]", $"'{group.Properties[i]}' is not a property of {type.Name}");
                }
            }
        }
    }

    private static void CheckContainmentCycles(Dictionary<string, PortalType> types, ImmutableArray<DefinitionProblem>.Builder problems)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in types.Keys)
        {
            var path = new List<string>();
            if (FindCycle(start, start, types, path, new HashSet<string>(StringComparer.Ordinal)) && reported.Add(string.Join(">", path.Order(StringComparer.Ordinal))))
            {
                problems.Add(new DefinitionProblem(
                    $"PortalType {start}",
                    "allowedContentTypes",
                    $"containment makes a cycle: {start} contains {string.Join(" contains ", path)}; a document cannot contain itself"));
            }
        }
    }

    private static bool FindCycle(string start, string current, Dictionary<string, PortalType> types, List<string> path, HashSet<string> visited)
    {
        if (!types.TryGetValue(current, out var type) || !visited.Add(current))
        {
            return false;
        }

        foreach (var child in type.AllowedContentTypes)
        {
            path.Add(child.Type);
            if (child.Type == start || FindCycle(start, child.Type, types, path, visited))
            {
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }
}
