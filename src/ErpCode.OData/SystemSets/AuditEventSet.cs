using System.Globalization;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Storage.Values;
using ErpCode.OData.Routing;
using Microsoft.OData.Edm;

namespace ErpCode.OData.SystemSets;

/// <summary>
/// <c>AuditEvents</c>, read-only, for callers with ViewAudit: the latest events of the audit log (at most
/// <c>OData:MaxPageSize</c> are read; the query options apply to those). <c>Id</c> is the time and position.
/// </summary>
internal sealed class AuditEventSet(AuditLog log, SecurityPolicy policy) : SystemSet
{
    public override string Name => "AuditEvents";

    public override string TypeName => "AuditEvent";

    public override string Key => "Id";

    public override void Define(EdmEntityType type)
    {
        type.AddKeys(type.AddStructuralProperty(Key, EdmPrimitiveTypeKind.String, isNullable: false));
        type.AddStructuralProperty("At", EdmPrimitiveTypeKind.DateTimeOffset, isNullable: true);
        type.AddStructuralProperty("Kind", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty("Actor", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty("Target", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty("Succeeded", EdmPrimitiveTypeKind.Boolean, isNullable: true);
        type.AddStructuralProperty("Detail", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty("Address", EdmPrimitiveTypeKind.String, isNullable: true);
    }

    public override async Task<IReadOnlyList<DocumentValue>> ListAsync(ODataCall call)
    {
        var page = await log.QueryAsync(new AuditQuery { Take = call.Options.MaxPageSize }, call.Caller, policy, call.Aborted);
        return [.. page.Events.Select((e, i) => DocumentValue.Create(
            ("Id", $"{e.At.Ticks.ToString(CultureInfo.InvariantCulture)}-{i.ToString(CultureInfo.InvariantCulture)}"),
            ("At", new DateTimeValue(e.At)),
            ("Kind", e.Kind),
            ("Actor", e.Actor),
            ("Target", e.Target),
            ("Succeeded", e.Succeeded),
            ("Detail", e.Detail),
            ("Address", e.Address)))];
    }
}
