using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Tests.Security.Permissions;
using ErpCode.Core.Types;
using ErpCode.OData.Tests.Support;

namespace ErpCode.OData.Tests.Security;

/// <summary>A running server with the expense site and the matrix's users, each able to sign in with <see cref="Password"/>.</summary>
public sealed class MatrixServer : IAsyncLifetime
{
    public const string Password = "matrix-password-1";

    private ODataTestSite? _site;

    internal ODataTestSite Site => _site ?? throw new InvalidOperationException("The matrix server is not started.");

    public async ValueTask InitializeAsync()
    {
        _site = await ODataTestSite.StartAsync(install: false);
        var definitions = _site.Service<DefinitionService>();
        await definitions.SaveAsync(ExpenseDefinitions.Sheet, Caller.System, ODataTestSite.Ct);
        await definitions.SaveAsync(ExpenseDefinitions.Workflow, Caller.System, ODataTestSite.Ct);
        await definitions.SaveAsync(ExpenseDefinitions.Expense, Caller.System, ODataTestSite.Ct);
        var users = _site.Service<UserService>();
        foreach (var name in MatrixExpectations.Users)
        {
            var caller = MatrixUsers.ByName(name);
            await users.CreateAsync(new NewUser(caller.Name, Password) { Roles = caller.Roles, Groups = caller.Groups }, Caller.System, ODataTestSite.Ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    internal Task<string> ExpenseInStateAsync(string state, CancellationToken cancellationToken) =>
        MatrixDocuments.ExpenseInStateAsync(Site.Service<DocumentService>(), state, cancellationToken);
}
