using ErpCode.Core.Types.Definitions;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Model;

/// <summary>The EDM type of each property type: enums, categories and references are strings (see the README's OData section), money is <c>ErpCode.Money</c>.</summary>
internal static class PropertyTypes
{
    public static IEdmTypeReference Of(PropertyType type, IEdmComplexType money) => type switch
    {
        PropertyType.Int => EdmCoreModel.Instance.GetInt64(isNullable: true),
        PropertyType.Decimal => EdmCoreModel.Instance.GetDecimal(null, null, isNullable: true),
        PropertyType.Money => new EdmComplexTypeReference(money, isNullable: true),
        PropertyType.Bool => EdmCoreModel.Instance.GetBoolean(isNullable: true),
        PropertyType.Date => EdmCoreModel.Instance.GetDate(isNullable: true),
        PropertyType.DateTime => EdmCoreModel.Instance.GetDateTimeOffset(isNullable: true),
        _ => EdmCoreModel.Instance.GetString(isNullable: true),
    };

    /// <summary>The same type, not nullable: list items are values, never null.</summary>
    public static IEdmTypeReference NotNull(IEdmTypeReference type) => type switch
    {
        IEdmComplexTypeReference complex => new EdmComplexTypeReference(complex.ComplexDefinition(), isNullable: false),
        IEdmDecimalTypeReference => EdmCoreModel.Instance.GetDecimal(null, null, isNullable: false),
        IEdmPrimitiveTypeReference primitive => EdmCoreModel.Instance.GetPrimitive(primitive.PrimitiveKind(), isNullable: false),
        _ => type,
    };
}
