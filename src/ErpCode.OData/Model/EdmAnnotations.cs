using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Vocabularies;
using Microsoft.OData.Edm.Vocabularies.V1;

namespace ErpCode.OData.Model;

/// <summary>The vocabulary annotations ErpCode puts inline on properties: Core.Computed for what clients cannot set, Validation.AllowedValues for enums and states.</summary>
internal sealed class EdmAnnotations(EdmModel model)
{
    private readonly IEdmTerm _allowedValues = ValidationVocabularyModel.Instance.FindDeclaredTerm("Org.OData.Validation.V1.AllowedValues");

    public void Computed(IEdmProperty property) =>
        Add(property, CoreVocabularyModel.ComputedTerm, new EdmBooleanConstant(true));

    public void AllowedValues(IEdmProperty property, IEnumerable<string> values) =>
        Add(property, _allowedValues, new EdmCollectionExpression(values.Select(v => (IEdmExpression)new EdmRecordExpression(new EdmPropertyConstructor("Value", new EdmStringConstant(EdmCoreModel.Instance.GetString(isNullable: false), v))))));

    private void Add(IEdmProperty property, IEdmTerm term, IEdmExpression value)
    {
        var annotation = new EdmVocabularyAnnotation(property, term, value);
        annotation.SetSerializationLocation(model, EdmVocabularyAnnotationSerializationLocation.Inline);
        model.AddVocabularyAnnotation(annotation);
    }
}
