using ErpCode.Core.Errors;

namespace ErpCode.Core.Workflows;

/// <summary>A worklist that the portal type's workflows do not have.</summary>
public sealed class UnknownWorklistException : ErpCodeException
{
    public UnknownWorklistException(string portalType, string workflow, string worklist, string reason)
        : base(ErpCodeErrorCodes.UnknownWorklist, $"There is no worklist '{worklist}' of {workflow} for {portalType}: {reason}.")
    {
        Worklist = worklist;
    }

    public string Worklist { get; }
}
