using ErpCode.Core.Security;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>Runs one action of the matrix through a driver.</summary>
internal static class MatrixRunner
{
    public static Task<Outcome> RunAsync(IMatrixDriver driver, string id, MatrixAction action, Caller caller, CancellationToken cancellationToken) => action switch
    {
        MatrixAction.View => driver.ViewAsync(id, caller, cancellationToken),
        MatrixAction.Modify => driver.ModifyAsync(id, caller, cancellationToken),
        MatrixAction.Delete => driver.DeleteAsync(id, caller, cancellationToken),
        MatrixAction.Submit => driver.FireAsync(id, "Submit", caller, cancellationToken),
        _ => driver.FireAsync(id, "Approve", caller, cancellationToken),
    };
}
