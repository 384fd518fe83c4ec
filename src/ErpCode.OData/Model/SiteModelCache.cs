using ErpCode.Core.Sites;
using ErpCode.Core.Types.Runtime;
using ErpCode.OData.SystemSets;

namespace ErpCode.OData.Model;

/// <summary>
/// The OData models of the latest few site revisions, built once each. Older ones are dropped from the cache (a
/// request in flight keeps its own reference), so a retired model and everything it holds can be collected.
/// </summary>
internal sealed class SiteModelCache(ISiteRuntime runtime, SystemSetRegistry? systemSets = null)
{
    /// <summary>How many revisions are kept: the current one and the few that requests may still be starting on.</summary>
    public const int Capacity = 4;

    private readonly Lock _gate = new();
    private readonly List<SiteModel> _models = [];

    /// <summary>The model of the site's current revision.</summary>
    public SiteModel Current()
    {
        using var lease = runtime.Lease();
        return Get(lease.Revision, lease.Types, lease.Classes, lease.Scripts.Actions);
    }

    public SiteModel Get(long revision, TypeSystem types, IBusinessClasses? classes = null, IReadOnlyDictionary<string, Core.Components.SiteAction>? actions = null)
    {
        lock (_gate)
        {
            if (_models.Find(m => m.Revision == revision) is { } cached)
            {
                return cached;
            }
        }

        // Built outside the lock: two requests may build the same revision at once; the first one stored wins.
        var built = EdmModelBuilder.Build(types, classes, revision, systemSets?.Sets ?? [], actions);
        lock (_gate)
        {
            if (_models.Find(m => m.Revision == revision) is { } cached)
            {
                return cached;
            }

            _models.Add(built);
            _models.Sort((a, b) => b.Revision.CompareTo(a.Revision));
            if (_models.Count > Capacity)
            {
                _models.RemoveRange(Capacity, _models.Count - Capacity);
            }

            return built;
        }
    }
}
