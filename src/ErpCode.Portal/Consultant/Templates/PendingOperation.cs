using ErpCode.Templates.Folders;
using ErpCode.Templates.Planning;

namespace ErpCode.Portal.Consultant.Templates;

/// <summary>An operation planned and shown, waiting for the consultant to confirm it: what it applies and the plan to show.</summary>
public sealed record PendingOperation(TemplateOperation Operation, string Name, TemplateFolder? Folder, OperationPlan Plan);
