using ErpCode.Core.Security;

namespace ErpCode.OData.Routing;

/// <summary>The host's mapping from an authenticated request to the <see cref="Caller"/> the services take.</summary>
internal sealed class ODataCallerSource(Func<HttpContext, Caller?> callerOf)
{
    public Caller? Of(HttpContext context) => callerOf(context);
}
