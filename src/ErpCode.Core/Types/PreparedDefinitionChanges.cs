using ErpCode.Core.Security;

namespace ErpCode.Core.Types;

/// <summary>
/// Definition changes that passed the check (permissions, the whole resulting site, its expressions), ready to be
/// written inside a transaction that may carry other writes (components, a template's record). Made by
/// <see cref="DefinitionService.PrepareAsync"/>; valid for the site as it was read then.
/// </summary>
public sealed class PreparedDefinitionChanges
{
    internal PreparedDefinitionChanges(DefinitionChanges changes, Caller caller, SiteDefinitions after)
    {
        Changes = changes;
        Caller = caller;
        After = after;
    }

    public DefinitionChanges Changes { get; }

    public Caller Caller { get; }

    /// <summary>Every definition of the site once the changes are written.</summary>
    public SiteDefinitions After { get; }
}
