using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.OData.Expansion;
using ErpCode.OData.Writes;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Serialization;

/// <summary>Writes business documents as OData entities: the selected structural properties, money as a complex value, the ETag from the version, expanded navigation properties nested.</summary>
internal static class EntitySerializer
{
    public static void Write(ODataWriter writer, IEdmEntityType type, BusinessDocument document, Selection selection) =>
        Write(writer, Expander.Root(type, document, selection));

    /// <summary>Writes the entity and, nested in it, what <c>$expand</c> followed from it.</summary>
    public static void Write(ODataWriter writer, ExpandedEntity entity)
    {
        var resource = Resource(entity.Type, entity.Body, entity.Selection.With(SystemProperties.Id), out var complex);
        if (entity.Version is { } version)
        {
            resource.ETag = EntityTags.Format(version);
        }

        writer.WriteStart(resource);
        WriteComplex(writer, entity.Body, complex);
        foreach (var link in entity.Links)
        {
            writer.WriteStart(new ODataNestedResourceInfo { Name = link.Name, IsCollection = link.IsCollection });
            if (link.IsCollection)
            {
                writer.WriteStart(new ODataResourceSet { Count = link.Count });
                foreach (var item in link.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEnd();
            }
            else if (link.Items.Count == 0)
            {
                writer.WriteStart((ODataResource?)null);
                writer.WriteEnd();
            }
            else
            {
                Write(writer, link.Items[0]);
            }

            writer.WriteEnd();
        }

        writer.WriteEnd();
    }

    private static ODataResource Resource(IEdmStructuredType type, DocumentValue body, Selection selection, out List<IEdmStructuralProperty> complex)
    {
        var properties = new List<ODataProperty>(body.Count);
        complex = [];
        foreach (var property in type.StructuralProperties())
        {
            if (!selection.Includes(property.Name))
            {
                continue;
            }

            if (property.Type.IsComplex() || (property.Type.IsCollection() && property.Type.AsCollection().ElementType().IsComplex()))
            {
                complex.Add(property);
                continue;
            }

            var value = body.TryGet(property.Name, out var stored) ? ValueConverter.ToOData(stored, property.Type) : null;
            if (value is null && property.Type.IsCollection())
            {
                value = new ODataCollectionValue { TypeName = property.Type.FullName(), Items = [] };
            }

            if (value is not null || property.Type.IsNullable)
            {
                properties.Add(new ODataProperty { Name = property.Name, Value = value });
            }
        }

        return new ODataResource { TypeName = type.FullTypeName(), Properties = properties };
    }

    private static void WriteComplex(ODataWriter writer, DocumentValue body, List<IEdmStructuralProperty> properties)
    {
        foreach (var property in properties)
        {
            var isList = property.Type.IsCollection();
            var complexType = (isList ? property.Type.AsCollection().ElementType() : property.Type).AsComplex().ComplexDefinition();
            writer.WriteStart(new ODataNestedResourceInfo { Name = property.Name, IsCollection = isList });
            body.TryGet(property.Name, out var stored);
            if (isList)
            {
                writer.WriteStart(new ODataResourceSet { TypeName = property.Type.FullName() });
                foreach (var item in (stored as ArrayValue)?.Items.OfType<DocumentValue>() ?? [])
                {
                    writer.WriteStart(Resource(complexType, item, Selection.All, out _));
                    writer.WriteEnd();
                }

                writer.WriteEnd();
            }
            else
            {
                writer.WriteStart(stored is DocumentValue value ? Resource(complexType, value, Selection.All, out _) : null);
                writer.WriteEnd();
            }

            writer.WriteEnd();
        }
    }
}
