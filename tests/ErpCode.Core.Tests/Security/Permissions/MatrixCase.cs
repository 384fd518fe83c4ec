namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>What an entry point answers when a user tries something.</summary>
public enum Outcome
{
    /// <summary>Done.</summary>
    Allowed,

    /// <summary>Refused with a permission error (403 through the API, a refused transition: 409).</summary>
    Denied,

    /// <summary>The document does not exist for this user (404), because they may not view it.</summary>
    NotFound,
}

/// <summary>What a user tries on an expense: view it, change it, delete it, or fire a transition.</summary>
public enum MatrixAction
{
    View,
    Modify,
    Delete,
    Submit,
    Approve,
}

/// <summary>
/// The expected answers, written out by hand from the definitions in <see cref="ExpenseDefinitions"/> (never computed
/// by the code under test): state × user × action.
/// </summary>
internal static class MatrixExpectations
{
    public static readonly string[] Users = ["alice", "bob", "carol", "erin", "dave", "mia"];

    // Columns follow Users: alice (Owner, Author), bob (Author), carol (local Assignee), erin (Assignee via group),
    // dave (Auditor), mia (Manager). A = Allowed, D = Denied, N = NotFound.
    private static readonly Dictionary<(string State, MatrixAction Action), string> Table = new()
    {
        [("draft", MatrixAction.View)] = "ANAAAA",
        [("draft", MatrixAction.Modify)] = "ANDDDA",
        [("draft", MatrixAction.Delete)] = "ANDDDA",
        [("draft", MatrixAction.Submit)] = "ANDDDA",
        [("submitted", MatrixAction.View)] = "ANAAAA",
        [("submitted", MatrixAction.Modify)] = "DNAADA",
        [("submitted", MatrixAction.Delete)] = "DNDDDA",
        [("submitted", MatrixAction.Approve)] = "DNAADD",
        [("approved", MatrixAction.View)] = "AAAAAA",
        [("approved", MatrixAction.Modify)] = "DDDDDD",
        [("approved", MatrixAction.Delete)] = "DDDDDD",
    };

    /// <summary>Who may add an expense: Authors and Managers (the type manages Add).</summary>
    public static readonly Dictionary<string, Outcome> Add = new()
    {
        ["alice"] = Outcome.Allowed,
        ["bob"] = Outcome.Allowed,
        ["carol"] = Outcome.Denied,
        ["erin"] = Outcome.Denied,
        ["dave"] = Outcome.Denied,
        ["mia"] = Outcome.Allowed,
    };

    public static TheoryData<string, string, MatrixAction> Cases()
    {
        var data = new TheoryData<string, string, MatrixAction>();
        foreach (var ((state, action), _) in Table)
        {
            foreach (var user in Users)
            {
                data.Add(state, user, action);
            }
        }

        return data;
    }

    public static Outcome Expected(string state, string user, MatrixAction action) =>
        Table[(state, action)][Array.IndexOf(Users, user)] switch
        {
            'A' => Outcome.Allowed,
            'D' => Outcome.Denied,
            _ => Outcome.NotFound,
        };
}
