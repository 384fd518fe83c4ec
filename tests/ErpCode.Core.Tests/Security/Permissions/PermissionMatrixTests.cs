namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>
/// The permission matrix (roles × permissions × workflow states × local roles) through the document service: every
/// user gets exactly the answer written in <see cref="MatrixExpectations"/>, reads and queries agree, and a document a
/// user may not view does not exist for them.
/// </summary>
public sealed class PermissionMatrixTests(MatrixSite matrix) : IClassFixture<MatrixSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, MatrixAction> Cases() => MatrixExpectations.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_user_gets_the_answer_the_state_and_their_roles_give(string state, string user, MatrixAction action)
    {
        var id = await matrix.ExpenseInStateAsync(state, Ct);
        var driver = new DocumentServiceDriver(matrix.Site.Documents);

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
        var driver = new DocumentServiceDriver(matrix.Site.Documents);

        Assert.Equal(MatrixExpectations.Add[user], await driver.CreateAsync(MatrixUsers.ByName(user), Ct));
    }
}
