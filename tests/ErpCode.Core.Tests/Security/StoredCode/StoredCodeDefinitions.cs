using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Tests.DocumentSite;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Core.Tests.Security.StoredCode;

/// <summary>
/// A site where stored code writes what its caller may not: Authors add notes and post them, posting (the
/// <c>PostToLedger</c> script, or the <c>NoteClass</c> business class) adds a ledger entry, and only Managers may add
/// ledger entries.
/// </summary>
internal static class StoredCodeDefinitions
{
    public static readonly Caller Author = new("alice", [SiteRoles.Author]);

    public static readonly Caller Developer = new("dana", [SiteRoles.Developer]);

    public const string PostToLedger = """
        using System.Collections.Generic;

        Portal.Create("Ledger", "", null, new Dictionary<string, object?> { ["Name"] = "Posted " + Document!.Id });
        """;

    public const string NoteClass = """
        using System.Collections.Generic;
        using ErpCode.Scripting;

        public sealed class NoteClass : DocumentClass
        {
            protected override void AfterSave()
            {
                if (IsNew)
                {
                    Context.Portal.Create("Ledger", "", null, new Dictionary<string, object?> { ["Name"] = "Noted " + Document.Id });
                }
            }
        }
        """;

    public static PropertySheet NameSheet { get; } = new()
    {
        Name = "NameSheet",
        Properties = [new PropertyDefinition { Name = "Name", Required = true }],
    };

    public static PortalType Ledger { get; } = new()
    {
        Name = "Ledger",
        PropertySheets = ["NameSheet"],
        Permissions = [new PermissionGrant { Permission = SitePermissions.Add, Roles = [SiteRoles.Manager] }],
    };

    public static PortalType Note { get; } = new() { Name = "Note", PropertySheets = ["NameSheet"] };

    public static Workflow NoteFlow { get; } = new()
    {
        Name = "NoteFlow",
        StateVariable = "NoteState",
        InitialState = "draft",
        States =
        [
            new WorkflowState { Id = "draft", Transitions = ["Post"] },
            new WorkflowState { Id = "posted" },
        ],
        Transitions = [new WorkflowTransition { Id = "Post", To = "posted", Guard = new TransitionGuard { Roles = [SiteRoles.Author] }, AfterScript = "PostToLedger" }],
    };

    /// <summary>Notes posted by the <c>PostToLedger</c> script.</summary>
    public static async Task<DocumentTestSite> ScriptSiteAsync()
    {
        var site = await DocumentTestSite.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await site.Components.SaveAsync("PostToLedger", ComponentKind.Script, PostToLedger, site.Caller, ct);
        await site.Definitions.SaveAsync(NameSheet, site.Caller, ct);
        await site.Definitions.SaveAsync(Ledger, site.Caller, ct);
        await site.Definitions.SaveAsync(NoteFlow, site.Caller, ct);
        await site.Definitions.SaveAsync(Note with { Workflows = ["NoteFlow"] }, site.Caller, ct);
        return site;
    }

    /// <summary>Notes whose business class writes a ledger entry when they are created.</summary>
    public static async Task<DocumentTestSite> ClassSiteAsync()
    {
        var site = await DocumentTestSite.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await site.Components.SaveAsync("NoteClass", ComponentKind.Document, NoteClass, site.Caller, ct);
        await site.Definitions.SaveAsync(NameSheet, site.Caller, ct);
        await site.Definitions.SaveAsync(Ledger, site.Caller, ct);
        await site.Definitions.SaveAsync(Note with { BusinessClass = "NoteClass" }, site.Caller, ct);
        return site;
    }
}
