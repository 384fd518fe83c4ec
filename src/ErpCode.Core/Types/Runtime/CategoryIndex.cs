using System.Collections.Frozen;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Types.Runtime;

/// <summary>The paths of one base category's tree (<c>europe</c>, <c>europe/france</c>…), with their titles, for checking and showing category values.</summary>
public sealed class CategoryIndex
{
    public CategoryIndex(BaseCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        Category = category;
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(category.Items, string.Empty, titles);
        Titles = titles.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public BaseCategory Category { get; }

    /// <summary>Every path of the tree and its title (the item's id when it has none).</summary>
    public FrozenDictionary<string, string> Titles { get; }

    public bool Contains(string path) => Titles.ContainsKey(path);

    private static void Add(IEnumerable<CategoryItem> items, string prefix, Dictionary<string, string> titles)
    {
        foreach (var item in items)
        {
            var path = prefix.Length == 0 ? item.Id : $"{prefix}/{item.Id}";
            titles.TryAdd(path, string.IsNullOrWhiteSpace(item.Title) ? item.Id : item.Title);
            Add(item.Items, path, titles);
        }
    }
}
