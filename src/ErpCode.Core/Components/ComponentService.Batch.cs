using ErpCode.Core.Security;

namespace ErpCode.Core.Components;

public sealed partial class ComponentService
{
    /// <summary>
    /// Starts a set of component saves and removals that are compiled together and written in one transaction the
    /// caller owns (a business template's install): unlike <see cref="SaveAsync"/>, a component that does not compile
    /// refuses the whole set instead of being kept as Modified.
    /// </summary>
    public ComponentServiceBatch CreateBatch(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new ComponentServiceBatch(store, compiler, policy, audit, time, caller);
    }
}
