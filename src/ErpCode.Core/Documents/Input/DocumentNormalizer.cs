using ErpCode.Core.Documents.Coercion;
using ErpCode.Core.Documents.Validation;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Expressions;
using ErpCode.Core.Types.Runtime;

namespace ErpCode.Core.Documents.Input;

/// <summary>
/// Turns what a caller gives (a new document, or the changes to one) into the stored form of its portal type,
/// collecting every problem with its path instead of stopping at the first: unknown properties, values of the wrong
/// kind, read-only and system properties, children with their ids and types. Then fills defaults and, after the
/// business class ran, the computed properties and the title.
/// </summary>
internal sealed class DocumentNormalizer(ValidationScope scope, List<ValidationError> errors)
{
    /// <summary>
    /// The document after applying <paramref name="input"/>: over <paramref name="existing"/> (an update: given
    /// properties replace stored ones, null clears one, a children list replaces the list) or from nothing (a new document).
    /// </summary>
    public DocumentValue Apply(RuntimeType type, DocumentValue input, DocumentValue? existing, string path)
    {
        var result = existing ?? DocumentValue.Empty;
        foreach (var (name, value) in input)
        {
            var at = path + name;
            if (name == SystemProperties.Id)
            {
                // The id is given to (or checked by) whoever places this document: the service or the parent.
                continue;
            }

            if (name == SystemProperties.PortalType)
            {
                if (value is not StringValue s || s.Value != type.Name)
                {
                    errors.Add(new ValidationError(at, $"{at} must be {type.Name}: a document's type cannot change"));
                }

                continue;
            }

            if (SystemProperties.Reserved.Contains(name) || (name == SystemProperties.Title && type.TitleKey is not null))
            {
                RefuseChange(existing, name, value, at, $"{at} is set by ErpCode and cannot be given");
                continue;
            }

            if (type.WorkflowOfStateVariable(name) is { } workflow)
            {
                RefuseChange(existing, name, value, at, $"{at} is the state of {workflow.DisplayTitle}; it changes only by its transitions");
                continue;
            }

            if (type.Child(name) is { } child)
            {
                var children = ApplyChildren(child, value, existing is not null && existing.TryGet(name, out var old) ? old as ArrayValue : null, at);
                if (children is not null)
                {
                    result = result.With(name, children);
                }

                continue;
            }

            if (type.Property(name) is not { } property)
            {
                errors.Add(new ValidationError(at, $"{at} is not a property of {type.Definition.DisplayTitle} ({type.Name})"));
                continue;
            }

            if (property.IsReadOnly)
            {
                RefuseChange(existing, name, value, at, property.IsComputed ? $"{at} is computed and cannot be given" : $"{at} is read-only");
                continue;
            }

            result = SetValue(result, property, value, at);
        }

        if (existing is null)
        {
            result = ApplyDefaults(type, result, path);
            foreach (var workflow in type.Workflows.Where(w => w.HasStates))
            {
                // A new document enters each workflow of its chain in that workflow's initial state.
                result = result.With(workflow.StateVariable, workflow.InitialState);
            }
        }

        return result;
    }

    /// <summary>
    /// Checks and stores what stored code (a business class's <c>BeforeSave</c>, an interaction's before script) changed at
    /// the top of the document; code may set read-only properties. <paramref name="author"/> names the code in errors,
    /// such as <c>The business class SaleOrderClass</c>.
    /// </summary>
    public DocumentValue ApplyCodeChanges(RuntimeType type, DocumentValue before, DocumentValue after, string author)
    {
        var result = before;
        foreach (var (name, value) in after)
        {
            if (before.TryGet(name, out var old) && old.Equals(value))
            {
                continue;
            }

            if (type.Property(name) is not { } property)
            {
                errors.Add(new ValidationError(name, $"{author} set {name}, which is not a property of {type.Name}"));
                continue;
            }

            result = SetValue(result, property, value, name);
        }

        foreach (var name in before.Names)
        {
            if (!after.Contains(name) && type.Property(name) is not null)
            {
                result = result.Without(name);
            }
        }

        return result;
    }

    /// <summary>Evaluates the computed properties (children first, so a total can add up its lines) and the title.</summary>
    public DocumentValue Compute(RuntimeType type, DocumentValue document, string path, bool isRoot)
    {
        var result = document;
        foreach (var child in type.Children)
        {
            if (result.TryGet(child.Property, out var value) && value is ArrayValue items && items.Count > 0)
            {
                var computed = new DocValue[items.Count];
                for (var i = 0; i < items.Count; i++)
                {
                    computed[i] = items[i] is DocumentValue item ? Compute(child.Type, item, $"{path}{child.Property}[{i}].", false) : items[i];
                }

                result = result.With(child.Property, new ArrayValue(computed));
            }
        }

        foreach (var property in type.Properties)
        {
            if (property.ComputedKey is { } key && Evaluate(key, type, result, path + property.Name, out var value))
            {
                result = SetComputed(result, property, value, path + property.Name);
            }
        }

        if (isRoot && type.TitleKey is { } titleKey && Evaluate(titleKey, type, result, path + SystemProperties.Title, out var title))
        {
            result = title is null ? result.Without(SystemProperties.Title) : result.With(SystemProperties.Title, title.ToString() ?? string.Empty);
        }

        return result;
    }

    /// <summary>
    /// A value callers may not set is accepted only as it is stored (clients send whole documents back); a missing
    /// value may be given as null.
    /// </summary>
    private void RefuseChange(DocumentValue? existing, string name, DocValue value, string at, string message)
    {
        var current = existing is not null && existing.TryGet(name, out var stored) ? stored : null;
        if (!(current?.Equals(value) ?? value is NullValue))
        {
            errors.Add(new ValidationError(at, message));
        }
    }

    private ArrayValue? ApplyChildren(RuntimeChild child, DocValue value, ArrayValue? existing, string at)
    {
        if (value is NullValue)
        {
            return ArrayValue.Empty;
        }

        if (value is not ArrayValue given)
        {
            errors.Add(new ValidationError(at, $"{at} must be a list of {child.Type.Definition.DisplayTitle} documents"));
            return null;
        }

        var old = new Dictionary<string, DocumentValue>(StringComparer.Ordinal);
        foreach (var item in existing?.Items ?? [])
        {
            if (item is DocumentValue doc && doc.TryGet(SystemProperties.Id, out var id) && id is StringValue s)
            {
                old[s.Value] = doc;
            }
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var next = old.Keys.Concat(given.Items.OfType<DocumentValue>().Select(d => d.TryGet(SystemProperties.Id, out var id) && id is StringValue s ? s.Value : null).OfType<string>())
            .Select(id => long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max() + 1;
        var result = new List<DocValue>(given.Count);
        for (var i = 0; i < given.Count; i++)
        {
            var itemPath = $"{at}[{i}]";
            if (given[i] is not DocumentValue item)
            {
                errors.Add(new ValidationError(itemPath, $"{itemPath} must be a {child.Type.Definition.DisplayTitle} (an object)"));
                continue;
            }

            string id;
            if (item.TryGet(SystemProperties.Id, out var givenId) && givenId is not NullValue)
            {
                if (givenId is not StringValue s || DocumentId.Check(s.Value) is not null)
                {
                    errors.Add(new ValidationError(itemPath + ".Id", $"{itemPath}.Id is not a valid id: {(givenId is StringValue bad ? DocumentId.Check(bad.Value) : "it must be text")}"));
                    continue;
                }

                id = s.Value;
            }
            else
            {
                id = (next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (!taken.Add(id))
            {
                errors.Add(new ValidationError(itemPath + ".Id", $"{itemPath}.Id '{id}' is used by another {child.Type.Definition.DisplayTitle} of this list"));
                continue;
            }

            var body = Apply(child.Type, item, old.GetValueOrDefault(id), itemPath + ".");
            result.Add(DocumentValue.Create([
                new(SystemProperties.Id, id),
                new(SystemProperties.PortalType, child.Type.Name),
                .. body.Where(f => f.Key is not (SystemProperties.Id or SystemProperties.PortalType))]));
        }

        return new ArrayValue(result);
    }

    private DocumentValue SetValue(DocumentValue document, RuntimeProperty property, DocValue value, string at)
    {
        if (value is NullValue)
        {
            return document.Without(property.Name);
        }

        if (ValueCoercion.Coerce(property.Definition, value, out var problem) is { } stored)
        {
            return document.With(property.Name, stored);
        }

        errors.Add(new ValidationError(at, $"{at} {problem}"));
        return document;
    }

    private DocumentValue SetComputed(DocumentValue document, RuntimeProperty property, object? value, string at)
    {
        if (ClrValue.ToDocValue(value, out var problem) is not { } converted)
        {
            errors.Add(new ValidationError(at, $"{at} could not be computed: the expression {problem}"));
            return document;
        }

        if (converted is NullValue)
        {
            return document.Without(property.Name);
        }

        if (ValueCoercion.Coerce(property.Definition, converted, out problem) is { } stored)
        {
            return document.With(property.Name, stored);
        }

        errors.Add(new ValidationError(at, $"{at} could not be computed: the value {problem}"));
        return document;
    }

    private DocumentValue ApplyDefaults(RuntimeType type, DocumentValue document, string path)
    {
        var result = document;
        foreach (var property in type.Properties)
        {
            if (result.Contains(property.Name) || property.IsComputed)
            {
                continue;
            }

            if (property.DefaultValue is { } literal)
            {
                result = result.With(property.Name, literal);
            }
            else if (property.DefaultExpressionKey is { } key && Evaluate(key, type, result, path + property.Name, out var value))
            {
                result = SetComputed(result, property, value, path + property.Name);
            }
        }

        return result;
    }

    private bool Evaluate(string key, RuntimeType type, DocumentValue document, string at, out object? value)
    {
        value = null;
        if (scope.Expressions?.Find(key) is not { } expression)
        {
            errors.Add(new ValidationError(at, $"{at} could not be computed: its expression ({key}) is not compiled in this revision"));
            return false;
        }

        try
        {
            var id = document.TryGet(SystemProperties.Id, out var own) && own is StringValue s ? s.Value : scope.DocumentId;
            value = expression.Evaluate(new ExpressionScope(document, id, type.Name, scope.Caller, scope.CancellationToken));
            return true;
        }
        catch (ExpressionFailedException ex)
        {
            errors.Add(new ValidationError(at, $"{at} could not be computed: {ex.Message}"));
            return false;
        }
    }
}
