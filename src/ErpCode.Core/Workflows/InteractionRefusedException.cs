using ErpCode.Core.Errors;

namespace ErpCode.Core.Workflows;

/// <summary>An interaction's before script refused a save or a business method (its message is <see cref="Reason"/>). Nothing changed.</summary>
public sealed class InteractionRefusedException : ErpCodeException
{
    public InteractionRefusedException(string workflow, string interaction, string reason, Exception? innerException = null)
        : base(ErpCodeErrorCodes.InteractionRefused, $"{interaction} ({workflow}) refused this: {reason}. Nothing changed.", innerException)
    {
        Workflow = workflow;
        Interaction = interaction;
        Reason = reason;
    }

    public string Workflow { get; }

    public string Interaction { get; }

    public string Reason { get; }
}
