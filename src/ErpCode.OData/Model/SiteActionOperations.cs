using System.Collections.Frozen;
using ErpCode.Core.Components;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Model;

/// <summary>
/// Adds the actions of the site (Script components declared as one) as unbound actions, each with an action import in
/// the container of the same name: <c>POST /odata/OrderTotals</c> with its parameters in a JSON body. An action whose
/// name is taken in the model (an entity set, a type, an operation) is left out: the site's own elements win.
/// </summary>
internal static class SiteActionOperations
{
    public static FrozenDictionary<IEdmOperationImport, string> Add(EdmModel model, EdmEntityContainer container, IReadOnlyDictionary<string, SiteAction> actions, IEdmComplexType money)
    {
        var added = new Dictionary<IEdmOperationImport, string>();
        var taken = container.Elements.Select(e => e.Name)
            .Concat(model.SchemaElements.Select(e => e.Name))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (name, declared) in actions.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!taken.Add(name))
            {
                continue;
            }

            var returns = declared.Returns is { } type ? PropertyTypes.Of(type, money) : null;
            var action = new EdmAction(EdmNames.Namespace, name, returns, isBound: false, entitySetPathExpression: null);
            foreach (var parameter in declared.Parameters)
            {
                var parameterType = PropertyTypes.Of(parameter.Type, money);
                if (parameter.Optional)
                {
                    action.AddOptionalParameter(parameter.Name, parameterType);
                }
                else
                {
                    // Nullable in the model, as for business methods: the document service reports every missing or bad
                    // argument together, one error detail per parameter.
                    action.AddParameter(parameter.Name, parameterType);
                }
            }

            model.AddElement(action);
            added[container.AddActionImport(name, action)] = name;
        }

        return added.ToFrozenDictionary(ReferenceEqualityComparer.Instance);
    }
}
