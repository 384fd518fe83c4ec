namespace ErpCode.Portal.Lists;

/// <summary>The column a list is sorted by (its key) and the direction.</summary>
public sealed record ListSort(string Column, bool Descending);
