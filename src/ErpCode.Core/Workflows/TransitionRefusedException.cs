using ErpCode.Core.Errors;

namespace ErpCode.Core.Workflows;

/// <summary>A transition refused by its guard or by its before script (whose message is <see cref="Reason"/>). Nothing changed.</summary>
public sealed class TransitionRefusedException : ErpCodeException
{
    public TransitionRefusedException(string workflow, string transition, string reason, Exception? innerException = null)
        : base(ErpCodeErrorCodes.TransitionRefused, $"{transition} ({workflow}) was refused: {reason}. Nothing changed.", innerException)
    {
        Workflow = workflow;
        Transition = transition;
        Reason = reason;
    }

    public string Workflow { get; }

    public string Transition { get; }

    public string Reason { get; }
}
