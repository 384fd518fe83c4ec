using System.Collections.Frozen;
using ErpCode.Core.Sites;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Runtime;
using ErpCode.Core.Workflows.Definitions;
using ErpCode.OData.SystemSets;
using Microsoft.AspNetCore.OData.Edm;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Model;

/// <summary>
/// Builds the OData model of one site revision from its type system: an entity type per portal type, an entity set
/// per portal type that is not contained in another, contained children and references as navigation properties,
/// each user-fired workflow transition as a bound action, the exposed business methods as bound actions and functions,
/// and the site's actions as unbound actions with their imports. The result is immutable and has its own type mapper.
/// </summary>
internal static class EdmModelBuilder
{
    public static SiteModel Build(TypeSystem types, long revision) => Build(types, null, revision);

    /// <summary>The model of <paramref name="types"/> with business methods, and with the system sets when given.</summary>
    public static SiteModel Build(TypeSystem types, IBusinessClasses? classes, long revision) => Build(types, classes, revision, []);

    /// <summary>
    /// The model of <paramref name="types"/>, with the business methods <paramref name="classes"/> expose (none when
    /// null), the system sets, and the site's <paramref name="actions"/> as unbound actions (none when null).
    /// </summary>
    public static SiteModel Build(TypeSystem types, IBusinessClasses? classes, long revision, IReadOnlyList<SystemSet> systemSets, IReadOnlyDictionary<string, Core.Components.SiteAction>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(types);
        var model = new EdmModel();
        var container = new EdmEntityContainer(EdmNames.Namespace, EdmNames.Container);
        model.AddElement(container);
        var money = new EdmComplexType(EdmNames.Namespace, EdmNames.Money);
        money.AddStructuralProperty(EdmNames.MoneyAmount, EdmCoreModel.Instance.GetDecimal(null, null, isNullable: false));
        money.AddStructuralProperty(EdmNames.MoneyCurrency, EdmPrimitiveTypeKind.String, isNullable: false);
        model.AddElement(money);

        var all = types.Types.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var contained = all.SelectMany(t => t.Children.Select(c => c.Type.Name)).ToHashSet(StringComparer.Ordinal);
        var annotations = new EdmAnnotations(model);
        var entityTypes = new Dictionary<string, EdmEntityType>(StringComparer.Ordinal);
        foreach (var type in all)
        {
            var entity = new EdmEntityType(EdmNames.Namespace, type.Name);
            AddProperties(entity, type, isRoot: !contained.Contains(type.Name), money, annotations);
            model.AddElement(entity);
            entityTypes[type.Name] = entity;
        }

        var sets = new Dictionary<string, EdmEntitySet>(StringComparer.Ordinal);
        foreach (var type in all.Where(t => !contained.Contains(t.Name)))
        {
            sets[type.Name] = container.AddEntitySet(type.Definition.EntitySetName, entityTypes[type.Name]);
        }

        var references = new Dictionary<string, List<(EdmNavigationProperty Navigation, string Target)>>(StringComparer.Ordinal);
        foreach (var type in all)
        {
            var entity = entityTypes[type.Name];
            foreach (var child in type.Children)
            {
                entity.AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
                {
                    Name = child.Property,
                    Target = entityTypes[child.Type.Name],
                    TargetMultiplicity = EdmMultiplicity.Many,
                    ContainsTarget = true,
                });
            }

            references[type.Name] = AddReferences(entity, type, entityTypes, sets.Keys);
        }

        foreach (var type in all.Where(t => sets.ContainsKey(t.Name)))
        {
            BindReferences(sets[type.Name], type, string.Empty, references, sets, depth: 0);
            AddTransitions(model, entityTypes[type.Name], type);
        }

        var methods = new Dictionary<IEdmOperation, BusinessMethod>();
        if (classes is not null)
        {
            foreach (var type in all.Where(t => sets.ContainsKey(t.Name)))
            {
                BusinessMethodOperations.Add(model, entityTypes[type.Name], type, classes, money, methods);
            }
        }

        var system = new Dictionary<string, SystemSet>(StringComparer.Ordinal);
        foreach (var systemSet in systemSets.Where(s => container.FindEntitySet(s.Name) is null))
        {
            var entity = new EdmEntityType(SystemSetRegistry.Namespace, systemSet.TypeName);
            systemSet.Define(entity);
            model.AddElement(entity);
            container.AddEntitySet(systemSet.Name, entity);
            system[systemSet.Name] = systemSet;
        }

        var siteActions = SiteActionOperations.Add(model, container, actions ?? System.Collections.Immutable.ImmutableDictionary<string, Core.Components.SiteAction>.Empty, money);
        model.SetTypeMapper(new DefaultODataTypeMapper());
        model.MarkAsImmutable();
        return new SiteModel(revision, model)
        {
            Methods = BusinessMethodOperations.Freeze(methods),
            SiteActions = siteActions,
            SystemSets = SystemSetRegistry.Freeze(system),
            SearchFields = all.ToFrozenDictionary(t => (IEdmEntityType)entityTypes[t.Name], Core.Documents.Search.TextSearch.Fields),
        };
    }

    private static void AddProperties(EdmEntityType entity, RuntimeType type, bool isRoot, EdmComplexType money, EdmAnnotations annotations)
    {
        var id = entity.AddStructuralProperty(SystemProperties.Id, EdmPrimitiveTypeKind.String, isNullable: false);
        entity.AddKeys(id);
        if (isRoot)
        {
            annotations.Computed(entity.AddStructuralProperty(SystemProperties.Version, EdmPrimitiveTypeKind.Int64, isNullable: false));
            annotations.Computed(entity.AddStructuralProperty(SystemProperties.CreatedAt, EdmPrimitiveTypeKind.DateTimeOffset, isNullable: true));
            annotations.Computed(entity.AddStructuralProperty(SystemProperties.ModifiedAt, EdmPrimitiveTypeKind.DateTimeOffset, isNullable: true));
            annotations.Computed(entity.AddStructuralProperty(SystemProperties.Owner, EdmPrimitiveTypeKind.String, isNullable: true));
            annotations.Computed(entity.AddStructuralProperty(SystemProperties.ModifiedBy, EdmPrimitiveTypeKind.String, isNullable: true));
            if (type.TitleKey is not null)
            {
                annotations.Computed(entity.AddStructuralProperty(SystemProperties.Title, EdmPrimitiveTypeKind.String, isNullable: true));
            }
        }

        foreach (var workflow in type.Workflows.Where(w => w.HasStates))
        {
            if (entity.FindProperty(workflow.StateVariable) is null)
            {
                var state = entity.AddStructuralProperty(workflow.StateVariable, EdmPrimitiveTypeKind.String, isNullable: true);
                annotations.Computed(state);
                annotations.AllowedValues(state, workflow.States.Select(s => s.Id));
            }
        }

        foreach (var property in type.Properties)
        {
            if (entity.FindProperty(property.Name) is not null)
            {
                continue;
            }

            var element = PropertyTypes.Of(property.Type, money);
            var reference = property.Definition.List
                ? new EdmCollectionTypeReference(new EdmCollectionType(PropertyTypes.NotNull(element)))
                : (IEdmTypeReference)element;
            var added = entity.AddStructuralProperty(property.Name, reference);
            if (property.IsReadOnly)
            {
                annotations.Computed(added);
            }

            if (property.Type == PropertyType.Enum && property.Values.Count > 0)
            {
                annotations.AllowedValues(added, property.Definition.Values);
            }
        }
    }

    private static List<(EdmNavigationProperty, string)> AddReferences(EdmEntityType entity, RuntimeType type, Dictionary<string, EdmEntityType> entityTypes, IEnumerable<string> withSets)
    {
        var added = new List<(EdmNavigationProperty, string)>();
        var targets = withSets.ToHashSet(StringComparer.Ordinal);
        foreach (var property in type.Properties.Where(p => p.Type == PropertyType.Reference))
        {
            var name = property.Name + EdmNames.ReferenceSuffix;
            if (property.Definition.Target is not { } target || !targets.Contains(target) || entity.FindProperty(name) is not null
                || type.Property(name) is not null || type.Child(name) is not null)
            {
                // A reference to a contained type has no entity set to navigate to; a clash with a property keeps the property.
                continue;
            }

            var navigation = entity.AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
            {
                Name = name,
                Target = entityTypes[target],
                TargetMultiplicity = property.Definition.List ? EdmMultiplicity.Many : EdmMultiplicity.ZeroOrOne,
            });
            added.Add((navigation, target));
        }

        return added;
    }

    /// <summary>Binds the references of the type and of its contained children (through their containment path) to the target entity sets.</summary>
    private static void BindReferences(EdmEntitySet set, RuntimeType type, string prefix, Dictionary<string, List<(EdmNavigationProperty Navigation, string Target)>> references, Dictionary<string, EdmEntitySet> sets, int depth)
    {
        foreach (var (navigation, target) in references[type.Name])
        {
            if (prefix.Length == 0)
            {
                set.AddNavigationTarget(navigation, sets[target]);
            }
            else
            {
                set.AddNavigationTarget(navigation, sets[target], new EdmPathExpression(prefix + navigation.Name));
            }
        }

        if (depth < 8)
        {
            foreach (var child in type.Children)
            {
                BindReferences(set, child.Type, prefix + child.Property + "/", references, sets, depth + 1);
            }
        }
    }

    /// <summary>The names of the transitions users fire on the type (each once).</summary>
    public static IEnumerable<string> TransitionNames(RuntimeType type) =>
        type.Workflows.Where(w => w.HasStates)
            .SelectMany(w => w.Transitions)
            .Where(t => t.Trigger == TransitionTrigger.User)
            .Select(t => t.Id)
            .Distinct(StringComparer.Ordinal);

    /// <summary>Each transition users fire, as an action bound to the entity type, returning the document after it.</summary>
    private static void AddTransitions(EdmModel model, EdmEntityType entity, RuntimeType type)
    {
        foreach (var transition in TransitionNames(type))
        {
            var action = new EdmAction(EdmNames.Namespace, transition, new EdmEntityTypeReference(entity, isNullable: false), isBound: true, entitySetPathExpression: new EdmPathExpression("bindingParameter"));
            action.AddParameter("bindingParameter", new EdmEntityTypeReference(entity, isNullable: false));
            action.AddOptionalParameter(EdmNames.CommentParameter, EdmCoreModel.Instance.GetString(isNullable: true));
            model.AddElement(action);
        }
    }
}
