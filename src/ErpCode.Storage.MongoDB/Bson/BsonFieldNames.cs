using ErpCode.Core.Storage.Queries;

namespace ErpCode.Storage.MongoDB.Bson;

/// <summary>
/// The names the store gives the envelope in every MongoDB document, and the tag of a calendar date. Body
/// property names start with a letter (the FieldName rule), so none of these can clash with one.
/// </summary>
internal static class BsonFieldNames
{
    public const string Id = FieldPath.IdName;
    public const string Type = FieldPath.TypeName;
    public const string Parent = FieldPath.ParentName;
    public const string Version = FieldPath.VersionName;

    /// <summary>MongoDB has no date-only type: a date is stored as <c>{ "_date": "yyyy-MM-dd" }</c>, whose string order is date order.</summary>
    public const string DateTag = "_date";

    public const string DateFormat = "yyyy-MM-dd";
}
