using ErpCode.Core.Documents.Input;
using ErpCode.Core.Errors;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Runtime;
using ErpCode.Core.Workflows;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Core.Documents;

/// <summary>Interactions: the Script components the workflows of a chain run around saves and business methods.</summary>
public sealed partial class DocumentService
{
    /// <summary>
    /// Runs the before scripts of the interactions reacting to <paramref name="method"/> (null: a save), in chain order;
    /// each may change the document (checked as a business class's changes are) or refuse.
    /// </summary>
    private static DocumentValue RunBeforeInteractions(SiteLease lease, RuntimeType type, string? method, BusinessCall call, DocumentValue body, DocumentNormalizer normalizer)
    {
        foreach (var (workflow, interaction) in Interactions(type, method))
        {
            if (interaction.BeforeScript is { Length: > 0 } script)
            {
                var changed = RunInteractionScript(lease, workflow, interaction, script, method, call, body, refuses: true);
                body = normalizer.ApplyCodeChanges(type, body, changed, $"The script {script} (interaction {interaction.Id} of {workflow.Name})");
            }
        }

        return body;
    }

    /// <summary>Runs the after scripts of the interactions reacting to <paramref name="method"/> inside the write's transaction.</summary>
    private void RunAfterInteractions(IStoreTransaction transaction, SiteLease lease, RuntimeType type, string? method, BusinessCall call, DocumentValue body)
    {
        foreach (var (workflow, interaction) in Interactions(type, method))
        {
            if (interaction.AfterScript is { Length: > 0 } script)
            {
                InTransaction(transaction, () => RunInteractionScript(lease, workflow, interaction, script, method, call, body, refuses: false));
            }
        }
    }

    private static IEnumerable<(Workflow Workflow, WorkflowInteraction Interaction)> Interactions(RuntimeType type, string? method) =>
        type.Workflows.SelectMany(w => w.Interactions.Where(i => i.ReactsTo(method)).Select(i => (w, i)));

    private static DocumentValue RunInteractionScript(SiteLease lease, Workflow workflow, WorkflowInteraction interaction, string script, string? method, BusinessCall call, DocumentValue body, bool refuses)
    {
        if (!lease.Scripts.Exists(script))
        {
            throw new InteractionRefusedException(workflow.Name, interaction.Id, $"its script {script} is not a running Script component");
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Interaction"] = interaction.Id,
            ["Method"] = method,
            ["IsNew"] = call.IsNew,
        };
        try
        {
            return lease.Scripts.Run(script, call, body, parameters);
        }
        catch (ErpCodeException ex) when (refuses && ex is not InteractionRefusedException)
        {
            // The before script refuses by throwing: its own message is what the user reads.
            throw new InteractionRefusedException(workflow.Name, interaction.Id, ex.InnerException?.Message ?? ex.Message, ex);
        }
    }
}
