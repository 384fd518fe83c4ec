using ErpCode.Core.Security;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>One entry point of the site (the document service, the portal stored code uses, the API), as the matrix drives it.</summary>
internal interface IMatrixDriver
{
    Task<Outcome> CreateAsync(Caller caller, CancellationToken cancellationToken);

    /// <summary>Reads the expense by id, and finds it (or not) by a query and a count, which must agree.</summary>
    Task<Outcome> ViewAsync(string id, Caller caller, CancellationToken cancellationToken);

    Task<Outcome> ModifyAsync(string id, Caller caller, CancellationToken cancellationToken);

    Task<Outcome> DeleteAsync(string id, Caller caller, CancellationToken cancellationToken);

    Task<Outcome> FireAsync(string id, string transition, Caller caller, CancellationToken cancellationToken);
}
