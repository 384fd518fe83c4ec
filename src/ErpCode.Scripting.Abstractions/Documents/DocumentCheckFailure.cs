namespace ErpCode.Scripting;

/// <summary>One failure a document class reported: the property it is about (null for the whole document) and why.</summary>
internal sealed record DocumentCheckFailure(string? Property, string Message);
