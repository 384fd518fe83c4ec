using System.Collections.Frozen;
using ErpCode.Core.Sites;
using ErpCode.Core.Types.Runtime;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Model;

/// <summary>
/// Adds the business methods a type's Document component exposes as operations bound to its entity type: a read-only
/// method is a function (GET, parameters in the address), any other an action (POST, parameters in a JSON body).
/// A method without a return value returns the document. A method named like a transition of the type is left out:
/// the transition wins, so <c>ErpCode.Confirm</c> always means the workflow.
/// </summary>
internal static class BusinessMethodOperations
{
    private const string Binding = "bindingParameter";

    public static void Add(EdmModel model, EdmEntityType entity, RuntimeType type, IBusinessClasses classes, IEdmComplexType money, Dictionary<IEdmOperation, BusinessMethod> added)
    {
        if (type.Definition.BusinessClass is not { Length: > 0 } businessClass || !classes.Exists(businessClass))
        {
            return;
        }

        // Not model.FindBoundOperations: on a model still being built it caches a lookup that later additions miss.
        var taken = EdmModelBuilder.TransitionNames(type).ToHashSet(StringComparer.Ordinal);
        foreach (var method in classes.Methods(businessClass).DistinctBy(m => m.Name, StringComparer.Ordinal))
        {
            if (!taken.Add(method.Name))
            {
                continue;
            }

            var document = new EdmEntityTypeReference(entity, isNullable: false);
            var returns = method.Returns is { } value ? PropertyTypes.Of(value, money) : document;
            var path = method.Returns is null ? new EdmPathExpression(Binding) : null;
            EdmOperation operation = method.ReadOnly
                ? new EdmFunction(EdmNames.Namespace, method.Name, returns, isBound: true, entitySetPathExpression: path, isComposable: false)
                : new EdmAction(EdmNames.Namespace, method.Name, returns, isBound: true, entitySetPathExpression: path);
            operation.AddParameter(Binding, document);
            foreach (var parameter in method.Parameters)
            {
                var parameterType = PropertyTypes.Of(parameter.Type, money);
                if (parameter.Optional)
                {
                    operation.AddOptionalParameter(parameter.Name, parameterType);
                }
                else
                {
                    // Nullable in the model so that ODL lets a missing one through: the document service then reports
                    // every missing or bad argument together, one error detail per parameter.
                    operation.AddParameter(parameter.Name, parameterType);
                }
            }

            model.AddElement(operation);
            added[operation] = method;
        }
    }

    public static FrozenDictionary<IEdmOperation, BusinessMethod> Freeze(Dictionary<IEdmOperation, BusinessMethod> added) =>
        added.ToFrozenDictionary(ReferenceEqualityComparer.Instance);
}
