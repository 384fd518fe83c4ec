using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.OData.Writes;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Serialization;

/// <summary>Writes business documents as OData entities: the selected structural properties, money as a complex value, the ETag from the version.</summary>
internal static class EntitySerializer
{
    public static void Write(ODataWriter writer, IEdmEntityType type, BusinessDocument document, Selection selection)
    {
        // The id and the version live in the document's envelope; shown with the body, in the model's order.
        var body = document.Properties.With(SystemProperties.Id, document.Id);
        if (type.FindProperty(SystemProperties.Version) is not null)
        {
            body = body.With(SystemProperties.Version, document.Version);
        }

        var resource = Resource(type, body, selection.With(SystemProperties.Id), out var complex);
        resource.ETag = EntityTags.Format(document.Version);
        writer.WriteStart(resource);
        WriteComplex(writer, body, complex);
        writer.WriteEnd();
    }

    private static ODataResource Resource(IEdmStructuredType type, DocumentValue body, Selection selection, out List<IEdmStructuralProperty> complex)
    {
        var properties = new List<ODataProperty>();
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
