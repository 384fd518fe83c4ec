using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Documents;

/// <summary>One property changed by a write: its path (<c>Lines(2).Quantity</c> for a child) and the values before and after (null when absent).</summary>
public sealed record DocumentChange(string Path, DocValue? Old, DocValue? New);
