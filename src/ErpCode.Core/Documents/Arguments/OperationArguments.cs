using System.Collections.Immutable;
using ErpCode.Core.Documents.Coercion;
using ErpCode.Core.Documents.Validation;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Documents.Arguments;

/// <summary>
/// The one rule for the arguments of an operation (a business method or a site action): given by parameter name, each
/// coerced to its parameter's type as a property of that type would be; missing required ones, bad values and names
/// that are no parameter are all reported, one problem per name.
/// </summary>
internal static class OperationArguments
{
    /// <summary>The values in the parameters' order (null for an omitted optional one), and every problem found.</summary>
    public static (List<DocValue> Values, ImmutableArray<ValidationError> Errors) Check(string operation, ImmutableArray<BusinessMethodParameter> parameters, IReadOnlyDictionary<string, DocValue> given)
    {
        var errors = ImmutableArray.CreateBuilder<ValidationError>();
        var values = new List<DocValue>(parameters.Length);
        foreach (var parameter in parameters)
        {
            if (!given.TryGetValue(parameter.Name, out var value) || value is NullValue)
            {
                if (!parameter.Optional)
                {
                    errors.Add(new ValidationError(parameter.Name, $"{parameter.Name} is required by {operation}"));
                }

                values.Add(DocValue.Null);
                continue;
            }

            var coerced = ValueCoercion.Coerce(new PropertyDefinition { Name = parameter.Name, Type = parameter.Type }, value, out var problem);
            if (coerced is null)
            {
                errors.Add(new ValidationError(parameter.Name, $"{parameter.Name} {problem}"));
            }

            values.Add(coerced ?? DocValue.Null);
        }

        errors.AddRange(given.Keys.Where(k => !parameters.Any(p => p.Name == k)).Select(k => new ValidationError(k, $"{operation} has no parameter {k}")));
        return (values, errors.ToImmutable());
    }
}
