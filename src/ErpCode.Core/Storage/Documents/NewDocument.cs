using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Documents;

/// <summary>A document to insert. The store gives it version 1.</summary>
public sealed record NewDocument(string Id, DocumentValue Body, string? Type = null, string? ParentId = null);
