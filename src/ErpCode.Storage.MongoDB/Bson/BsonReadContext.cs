namespace ErpCode.Storage.MongoDB.Bson;

/// <summary>Where a BSON document being read comes from, so that a value the store cannot read is reported by store, collection and id.</summary>
internal sealed record BsonReadContext(string Store, string Collection, string? DocumentId = null);
