using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.DocumentSite;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>One site with the expense definitions, shared by the rows of a matrix; each row drafts its own expense.</summary>
public sealed class MatrixSite : IAsyncLifetime
{
    private DocumentTestSite? _site;

    internal DocumentTestSite Site => _site ?? throw new InvalidOperationException("The matrix site is not open.");

    public async ValueTask InitializeAsync()
    {
        _site = await DocumentTestSite.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await _site.Definitions.SaveAsync(ExpenseDefinitions.Sheet, _site.Caller, ct);
        await _site.Definitions.SaveAsync(ExpenseDefinitions.Workflow, _site.Caller, ct);
        await _site.Definitions.SaveAsync(ExpenseDefinitions.Expense, _site.Caller, ct);
        var probe = await _site.Components.SaveAsync(StoredCodeDriver.Probe, ComponentKind.Script, StoredCodeDriver.ProbeSource, _site.Caller, ct);
        Assert.True(probe.Runs, string.Join("; ", probe.Diagnostics.Select(d => d.Message)));
        await _site.Runtime.RefreshAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    /// <inheritdoc cref="MatrixDocuments.ExpenseInStateAsync"/>
    internal Task<string> ExpenseInStateAsync(string state, CancellationToken cancellationToken) =>
        MatrixDocuments.ExpenseInStateAsync(Site.Documents, state, cancellationToken);
}
