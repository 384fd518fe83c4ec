using ErpCode.Core.Components;

namespace ErpCode.Scripting.Snapshots;

/// <summary>
/// A component as one snapshot runs it: its metadata, and the document class type (Document components) or the
/// script entry (Script and Expression components).
/// </summary>
internal sealed record RuntimeComponent(Component Component, Type? DocumentType, Func<ScriptGlobals, object?>? Script);
