using System.Security.Cryptography;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Security.Tokens;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Errors;

namespace ErpCode.Server.Authentication;

/// <summary>
/// At start, after the store is open: creates the audit log, users and token collections and, on a site without users, the
/// first user <c>admin</c> with the Manager role and <c>Site:AdminPassword</c>, or a generated password printed once
/// to the console. Only its hash is kept.
/// </summary>
internal sealed partial class AdminBootstrapper(
    IDocumentStore store, UserService users, ApiTokenService tokens, IConfiguration configuration, BootstrapConsole console, ILogger<AdminBootstrapper> logger) : IHostedService
{
    public const string AdminName = "admin";
    public const string PasswordSetting = "Site:AdminPassword";
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private const int GeneratedLength = 24;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = configuration[PasswordSetting];
        if (!string.IsNullOrEmpty(configured) && PasswordPolicy.Check(configured) is { } problem)
        {
            throw new InvalidOperationException($"{PasswordSetting} is not an acceptable password: {problem}.");
        }

        try
        {
            // Sign-ins are audited from the first request; the runtime creates the other site collections later, in the background.
            await store.EnsureCollectionAsync(AuditLog.Definition, cancellationToken);
            await users.EnsureCollectionsAsync(cancellationToken);
            await tokens.EnsureCollectionsAsync(cancellationToken);
            if (await users.CountAsync(cancellationToken) > 0)
            {
                return;
            }

            var generated = string.IsNullOrEmpty(configured);
            var password = generated ? RandomNumberGenerator.GetString(Alphabet, GeneratedLength) : configured!;
            await users.CreateAsync(new NewUser(AdminName, password) { DisplayName = "Administrator", Roles = [SiteRoles.Manager] }, Caller.System, cancellationToken);
            LogAdminCreated(logger, AdminName, generated ? "a generated password, printed once to the console" : PasswordSetting);
            if (generated)
            {
                await console.Writer.WriteLineAsync($"ErpCode: created the first user '{AdminName}' (Manager) with the password: {password}");
                await console.Writer.WriteLineAsync("ErpCode: this password is shown only now and is not kept; change it after signing in.");
                await console.Writer.FlushAsync(cancellationToken);
            }
        }
        catch (StorageException ex)
        {
            // The store initializer has logged why the store cannot be used, and /health reports it.
            LogBootstrapFailed(logger, ex.Message);
        }
        catch (InvalidUserException ex)
        {
            // Another node created the first user at the same moment.
            LogBootstrapFailed(logger, ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 6001, EventName = "AdminCreated", Level = LogLevel.Warning, Message = "Created the first user {UserName} with the Manager role, password from {Source}")]
    private static partial void LogAdminCreated(ILogger logger, string userName, string source);

    [LoggerMessage(EventId = 6002, EventName = "AdminBootstrapSkipped", Level = LogLevel.Warning, Message = "The first user could not be created: {Reason}")]
    private static partial void LogBootstrapFailed(ILogger logger, string reason);
}
