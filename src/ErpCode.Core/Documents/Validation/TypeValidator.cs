using System.Linq.Expressions;
using System.Text.RegularExpressions;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Expressions;
using ErpCode.Core.Types.Runtime;
using FluentValidation;
using FluentValidation.Results;

namespace ErpCode.Core.Documents.Validation;

/// <summary>
/// The FluentValidation validator of one portal type, built from its definitions: required values, ranges,
/// lengths, patterns, enum values, category paths, the children through their own type's validator (paths such as
/// <c>Lines[2].Quantity</c>) and the constraint expressions. It checks a document already coerced to stored form.
/// </summary>
internal sealed class TypeValidator : AbstractValidator<DocumentValue>
{
    internal const string ScopeKey = "ErpCode.ValidationScope";

    /// <summary>Marks a failure whose message is a whole sentence (a constraint's own message), not a fragment after the path.</summary>
    internal const string WholeMessage = "whole";

    private static readonly System.Reflection.MethodInfo ChildrenMethod = typeof(TypeValidator).GetMethod(nameof(Children), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    public TypeValidator(RuntimeType type)
    {
        // One rule checks every property of the type: FluentValidation compiles each rule's accessor when the validator
        // is built, and a rule per property made rebuilding a type cost milliseconds per property.
        RuleFor(d => d).Custom((document, context) => CheckProperties(type, document, context));

        foreach (var child in type.Children)
        {
            RuleForEach(Accessor<IEnumerable<DocumentValue>>(ChildrenMethod, child.Property))
                .Configure(rule => rule.PropertyName = child.Property)
                .SetValidator(child.Type.Validator);
        }

        foreach (var constraint in type.Constraints)
        {
            RuleFor(d => d).Custom((document, context) => CheckConstraint(type, constraint, document, context));
        }
    }

    public static IReadOnlyList<ValidationError> Errors(ValidationResult result) =>
        [.. result.Errors.Select(f => new ValidationError(
            f.PropertyName,
            f.CustomState as string == WholeMessage || string.IsNullOrEmpty(f.PropertyName) ? f.ErrorMessage : $"{f.PropertyName} {f.ErrorMessage}"))];

    private static void CheckProperties(RuntimeType type, DocumentValue document, ValidationContext<DocumentValue> context)
    {
        foreach (var property in type.Properties)
        {
            var definition = property.Definition;
            var path = Prefix(context.PropertyPath, property.Name);
            var value = Read(document, property.Name);
            if (definition.Required && !IsPresent(value))
            {
                context.AddFailure(new ValidationFailure(path, definition.List ? "needs at least one value" : "is required"));
                continue;
            }

            if (definition.List)
            {
                var items = value is ArrayValue array ? array.Items : [];
                for (var i = 0; i < items.Length; i++)
                {
                    CheckValue(property, items[i], $"{path}[{i}]", context);
                }
            }
            else
            {
                CheckValue(property, value, path, context);
            }
        }
    }

    private static void CheckValue(RuntimeProperty property, DocValue? value, string path, ValidationContext<DocumentValue> context)
    {
        if (value is null or NullValue)
        {
            return;
        }

        var definition = property.Definition;
        var number = value switch
        {
            Int64Value l => l.Value,
            DecimalValue d => d.Value,
            DocumentValue money when money.TryGet("Amount", out var amount) && amount is DecimalValue a => a.Value,
            _ => (decimal?)null,
        };
        if (number is { } n)
        {
            if (definition.Min is { } min && n < min)
            {
                context.AddFailure(Fail(path, $"must be at least {min.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
            }

            if (definition.Max is { } max && n > max)
            {
                context.AddFailure(Fail(path, $"must be at most {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
            }
        }

        if (value is not StringValue text)
        {
            return;
        }

        var s = text.Value;
        if (property.Type is PropertyType.String or PropertyType.Text && definition.Required && !definition.List && string.IsNullOrWhiteSpace(s))
        {
            // Blank text is "no value" to a business user; the required rule reports it.
            return;
        }

        if (definition.MaxLength is { } maxLength && s.Length > maxLength)
        {
            context.AddFailure(Fail(path, $"must have at most {maxLength} characters (it has {s.Length})"));
        }

        if (property.Pattern is { } pattern)
        {
            try
            {
                if (!pattern.IsMatch(s))
                {
                    context.AddFailure(Fail(path, $"does not have the expected form ({definition.Pattern})"));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                context.AddFailure(Fail(path, "could not be checked against its pattern in time; shorten the value"));
            }
        }

        switch (property.Type)
        {
            case PropertyType.Enum when !property.Values.Contains(s):
                context.AddFailure(Fail(path, $"must be one of {string.Join(", ", definition.Values)}, not '{s}'"));
                break;
            case PropertyType.Category:
                var scope = Scope(context);
                if (scope.Types.Category(definition.Category!) is not { } index || !index.Contains(s))
                {
                    context.AddFailure(Fail(path, $"'{s}' is not a category of {definition.Category}"));
                }

                break;
        }
    }

    private static ValidationFailure Fail(string path, string message) => new(path, message);

    private static void CheckConstraint(RuntimeType type, RuntimeConstraint constraint, DocumentValue document, ValidationContext<DocumentValue> context)
    {
        var scope = Scope(context);
        var path = Prefix(context.PropertyPath, constraint.Definition.Property);
        var expression = scope.Expressions?.Find(constraint.ExpressionKey);
        if (expression is null)
        {
            context.AddFailure(new ValidationFailure(path, $"The rule '{constraint.Definition.Name}' cannot be checked: its expression is not compiled in this revision.") { CustomState = WholeMessage });
            return;
        }

        object? result;
        try
        {
            result = expression.Evaluate(new ExpressionScope(document, Read(document, "Id") is StringValue id ? id.Value : scope.DocumentId, type.Name, scope.Caller, scope.CancellationToken));
        }
        catch (ExpressionFailedException ex)
        {
            context.AddFailure(new ValidationFailure(path, $"The rule '{constraint.Definition.Name}' could not be checked: {ex.Reason}") { CustomState = WholeMessage });
            return;
        }

        if (result is not bool ok)
        {
            context.AddFailure(new ValidationFailure(path, $"The rule '{constraint.Definition.Name}' gave {result ?? "null"} instead of true or false.") { CustomState = WholeMessage });
        }
        else if (!ok)
        {
            context.AddFailure(new ValidationFailure(path, constraint.Definition.Message) { CustomState = WholeMessage });
        }
    }

    private static string Prefix(string? parent, string? property) =>
        string.IsNullOrEmpty(parent) ? property ?? string.Empty : string.IsNullOrEmpty(property) ? parent : $"{parent}.{property}";

    private static ValidationScope Scope(ValidationContext<DocumentValue> context) =>
        context.RootContextData.TryGetValue(ScopeKey, out var scope) && scope is ValidationScope s
            ? s
            : throw new InvalidOperationException("Documents are validated through the document service, which supplies the scope.");

    private static bool IsPresent(DocValue? value) => value switch
    {
        null or NullValue => false,
        StringValue s => !string.IsNullOrWhiteSpace(s.Value),
        ArrayValue a => a.Count > 0,
        _ => true,
    };

    private static Expression<Func<DocumentValue, T>> Accessor<T>(System.Reflection.MethodInfo method, string name)
    {
        var document = Expression.Parameter(typeof(DocumentValue), "document");
        return Expression.Lambda<Func<DocumentValue, T>>(Expression.Call(method, document, Expression.Constant(name)), document);
    }

    private static DocValue? Read(DocumentValue document, string name) => document.TryGet(name, out var value) ? value : null;

    private static IEnumerable<DocumentValue> Children(DocumentValue document, string name) =>
        document.TryGet(name, out var value) && value is ArrayValue array ? array.Items.OfType<DocumentValue>() : [];
}
