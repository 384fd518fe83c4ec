namespace ErpCode.Portal.Modules;

/// <summary>A worklist shown to the caller: a workflow's worklist on the documents of one module.</summary>
/// <param name="Module">The module whose documents the worklist selects.</param>
/// <param name="Workflow">The workflow that defines the worklist.</param>
/// <param name="Worklist">The worklist's id in that workflow.</param>
/// <param name="Title">What a business user reads (<c>Orders to confirm</c>).</param>
public sealed record ModuleWorklist(PortalModule Module, string Workflow, string Worklist, string Title);
