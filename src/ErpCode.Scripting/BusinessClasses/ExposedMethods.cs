using System.Collections.Immutable;
using System.Reflection;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Scripting.BusinessClasses;

/// <summary>
/// Reads the business methods a document class exposes (public instance methods marked <see cref="ExposedAttribute"/>
/// whose parameters and return value are scalar property types) and converts arguments to their CLR types.
/// </summary>
internal static class ExposedMethods
{
    public static ImmutableArray<BusinessMethod> Of(Type documentClass)
    {
        ArgumentNullException.ThrowIfNull(documentClass);
        var methods = ImmutableArray.CreateBuilder<BusinessMethod>();
        foreach (var method in documentClass.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            if (method.GetCustomAttribute<ExposedAttribute>() is not { } exposed || method.IsGenericMethodDefinition)
            {
                continue;
            }

            var parameters = method.GetParameters().Select(p => (Parameter: p, Type: KindOf(p.ParameterType))).ToList();
            var returns = method.ReturnType == typeof(void) ? null : KindOf(method.ReturnType);
            if (parameters.Any(p => p.Type is null || p.Parameter.IsOut || p.Parameter.ParameterType.IsByRef) || (method.ReturnType != typeof(void) && returns is null))
            {
                continue;
            }

            methods.Add(new BusinessMethod(
                method.Name,
                exposed.ReadOnly,
                [.. parameters.Select(p => new BusinessMethodParameter(p.Parameter.Name ?? $"arg{p.Parameter.Position}", p.Type!.Value, p.Parameter.HasDefaultValue || Nullable.GetUnderlyingType(p.Parameter.ParameterType) is not null || !p.Parameter.ParameterType.IsValueType && IsNullable(p.Parameter)))],
                returns));
        }

        // An overloaded name would be ambiguous to every caller (an OData action has one signature): not exposed.
        return [.. methods.GroupBy(m => m.Name, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.First())];
    }

    /// <summary>The CLR arguments for <paramref name="method"/>: each value converted to its parameter's type, defaults for omitted optional ones.</summary>
    public static object?[] Arguments(MethodInfo method, IReadOnlyList<DocValue> values)
    {
        var parameters = method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var value = i < values.Count ? values[i] : DocValue.Null;
            var type = Nullable.GetUnderlyingType(parameters[i].ParameterType) ?? parameters[i].ParameterType;
            arguments[i] = value switch
            {
                NullValue when parameters[i].HasDefaultValue => parameters[i].DefaultValue,
                NullValue => null,
                StringValue s => s.Value,
                BoolValue b => b.Value,
                Int64Value n when type == typeof(int) => checked((int)n.Value),
                Int64Value n => n.Value,
                DecimalValue d => d.Value,
                DateValue d => d.Value,
                DateTimeValue t => t.Value,
                _ => throw new ArgumentException($"The argument {parameters[i].Name} cannot be a {value.Kind}.", nameof(values)),
            };
        }

        return arguments;
    }

    private static PropertyType? KindOf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) ? PropertyType.String
            : t == typeof(long) || t == typeof(int) ? PropertyType.Int
            : t == typeof(decimal) ? PropertyType.Decimal
            : t == typeof(bool) ? PropertyType.Bool
            : t == typeof(DateOnly) ? PropertyType.Date
            : t == typeof(DateTime) ? PropertyType.DateTime
            : null;
    }

    private static bool IsNullable(ParameterInfo parameter) =>
        new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;
}
