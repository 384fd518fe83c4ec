namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>
/// The permission matrix (roles × permissions × workflow states × local roles) through one entry point: every user
/// gets exactly the answer written in <see cref="MatrixExpectations"/>, reads and queries agree, and a document a user
/// may not view does not exist for them.
/// </summary>
public abstract class PermissionMatrixTests(MatrixSite matrix)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, MatrixAction> Cases() => MatrixExpectations.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_user_gets_the_answer_the_state_and_their_roles_give(string state, string user, MatrixAction action)
    {
        var id = await matrix.ExpenseInStateAsync(state, Ct);
        var driver = Driver(matrix);

        var outcome = await MatrixRunner.RunAsync(driver, id, action, MatrixUsers.ByName(user), Ct);

        Assert.Equal(MatrixExpectations.Expected(state, user, action), outcome);
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("bob")]
    [InlineData("carol")]
    [InlineData("erin")]
    [InlineData("dave")]
    [InlineData("mia")]
    public async Task Only_the_roles_the_type_gives_Add_may_create(string user)
    {
        var driver = Driver(matrix);

        Assert.Equal(MatrixExpectations.Add[user], await driver.CreateAsync(MatrixUsers.ByName(user), Ct));
    }

    private protected abstract IMatrixDriver Driver(MatrixSite site);
}

/// <summary>The permission matrix through the document service itself.</summary>
public sealed class DocumentServiceMatrixTests(MatrixSite matrix) : PermissionMatrixTests(matrix), IClassFixture<MatrixSite>
{
    private protected override IMatrixDriver Driver(MatrixSite site) => new DocumentServiceDriver(site.Site.Documents);
}

/// <summary>The permission matrix through the portal stored code uses, run by each user: the same answers.</summary>
public sealed class StoredCodeMatrixTests(MatrixSite matrix) : PermissionMatrixTests(matrix), IClassFixture<MatrixSite>
{
    private protected override IMatrixDriver Driver(MatrixSite site) => new StoredCodeDriver(site.Site.Runtime);
}
