using ErpCode.Core.Tests.Security.Permissions;

namespace ErpCode.OData.Tests.Security;

/// <summary>
/// The permission matrix of the document service's tests (roles × permissions × workflow states × local roles), run
/// through the OData API by users signing in: the same answer in every case, 404 where the user may not view.
/// </summary>
public sealed class ODataMatrixTests(MatrixServer server) : IClassFixture<MatrixServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, MatrixAction> Cases() => MatrixExpectations.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_user_gets_the_answer_the_state_and_their_roles_give(string state, string user, MatrixAction action)
    {
        var id = await server.ExpenseInStateAsync(state, Ct);

        var outcome = await MatrixRunner.RunAsync(new ODataMatrixDriver(server), id, action, MatrixUsers.ByName(user), Ct);

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
        Assert.Equal(MatrixExpectations.Add[user], await new ODataMatrixDriver(server).CreateAsync(MatrixUsers.ByName(user), Ct));
    }
}
