using ErpCode.Core.Errors;

namespace ErpCode.Core.Documents.SiteActions;

/// <summary>No running Script component is declared an action of the site under that name.</summary>
public sealed class UnknownSiteActionException : ErpCodeException
{
    public UnknownSiteActionException(string action, IEnumerable<string> known)
        : base(ErpCodeErrorCodes.UnknownSiteAction, $"The site has no action '{action}'; {Describe(known)}.")
    {
        Action = action;
    }

    public string Action { get; }

    private static string Describe(IEnumerable<string> known) =>
        known.ToList() is { Count: > 0 } names ? $"its actions are {string.Join(", ", names)}" : "it has no actions";
}
