using ErpCode.Core.Security.Users;
using ErpCode.Core.Storage.Values;
using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using Microsoft.OData.Edm;

namespace ErpCode.OData.SystemSets;

/// <summary>
/// <c>Users</c> through the user service, which checks ManageUsers and audits. The password hash is never shown;
/// <c>Password</c> is write-only (always null when read) and only taken by POST. PATCH changes <c>Roles</c>,
/// <c>Groups</c> and <c>Enabled</c>; the service refuses (403) a change of one's own roles.
/// </summary>
internal sealed class UserSet(UserService users) : SystemSet
{
    private static readonly string[] Writable = ["Name", "Roles", "Groups", "Enabled"];

    public override string Name => "Users";

    public override string TypeName => "User";

    public override string Key => "Name";

    public override void Define(EdmEntityType type)
    {
        var strings = new EdmCollectionTypeReference(new EdmCollectionType(EdmCoreModel.Instance.GetString(isNullable: false)));
        type.AddKeys(type.AddStructuralProperty(Key, EdmPrimitiveTypeKind.String, isNullable: false));
        type.AddStructuralProperty("DisplayName", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty("Email", EdmPrimitiveTypeKind.String, isNullable: true);
        type.AddStructuralProperty("Enabled", EdmPrimitiveTypeKind.Boolean, isNullable: true);
        type.AddStructuralProperty("Roles", strings);
        type.AddStructuralProperty("Groups", strings);
        type.AddStructuralProperty("LockedUntil", EdmPrimitiveTypeKind.DateTimeOffset, isNullable: true);
        type.AddStructuralProperty("CreatedAt", EdmPrimitiveTypeKind.DateTimeOffset, isNullable: true);
        type.AddStructuralProperty("ModifiedAt", EdmPrimitiveTypeKind.DateTimeOffset, isNullable: true);
        type.AddStructuralProperty("Password", EdmPrimitiveTypeKind.String, isNullable: true);
    }

    public override async Task<IReadOnlyList<DocumentValue>> ListAsync(ODataCall call) =>
        [.. (await users.ListAsync(call.Caller, call.Aborted)).Select(Row)];

    public override async Task<DocumentValue?> FindAsync(ODataCall call, string key) =>
        await users.FindAsync(key, call.Caller, call.Aborted) is { } user ? Row(user) : null;

    /// <inheritdoc />
    protected override IReadOnlyList<string> EntityMethods => ["GET", "PATCH"];

    public override async Task<DocumentValue> CreateAsync(ODataCall call, DocumentValue input)
    {
        var name = Text(input, Key) ?? throw ODataRequestException.BadPayload("A new user needs a Name.", Key);
        var password = Text(input, "Password") ?? throw ODataRequestException.BadPayload("A new user needs a Password.", "Password");
        var created = await users.CreateAsync(
            new NewUser(name, password) { DisplayName = Text(input, "DisplayName"), Email = Text(input, "Email"), Roles = [.. List(input, "Roles")], Groups = [.. List(input, "Groups")] },
            call.Caller,
            call.Aborted);
        return Row(created);
    }

    public override async Task<DocumentValue> UpdateAsync(ODataCall call, string key, DocumentValue changes, bool replace)
    {
        if (replace)
        {
            throw ReadOnly("PUT");
        }

        if (changes.Names.FirstOrDefault(n => !Writable.Contains(n)) is { } other)
        {
            throw ODataRequestException.BadPayload($"{other} cannot be changed here; PATCH changes Roles, Groups and Enabled.", other);
        }

        var user = await users.FindAsync(key, call.Caller, call.Aborted)
            ?? throw new ODataRequestException(StatusCodes.Status404NotFound, ODataErrorCodes.NotFound, $"There is no user '{key}'.");
        if (changes.Contains("Roles"))
        {
            user = await users.SetRolesAsync(key, List(changes, "Roles"), call.Caller, call.Aborted);
        }

        if (changes.Contains("Groups"))
        {
            user = await users.SetGroupsAsync(key, List(changes, "Groups"), call.Caller, call.Aborted);
        }

        if (changes.TryGet("Enabled", out var enabled) && enabled is BoolValue flag)
        {
            user = await users.SetEnabledAsync(key, flag.Value, call.Caller, call.Aborted);
        }

        return Row(user);
    }

    private static IEnumerable<string> List(DocumentValue body, string name) =>
        body.TryGet(name, out var value) && value is ArrayValue array ? array.Items.OfType<StringValue>().Select(s => s.Value) : [];

    private static DocumentValue Row(UserInfo user) => DocumentValue.Create(
        ("Name", user.Name),
        ("DisplayName", user.DisplayName),
        ("Email", user.Email),
        ("Enabled", user.Enabled),
        ("Roles", Strings(user.Roles)),
        ("Groups", Strings(user.Groups)),
        ("LockedUntil", user.LockedUntil is { } locked ? new DateTimeValue(locked) : DocValue.Null),
        ("CreatedAt", new DateTimeValue(user.CreatedAt)),
        ("ModifiedAt", new DateTimeValue(user.ModifiedAt)));
}
