using ErpCode.Core.Documents;
using ErpCode.Core.Errors;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Templates.Seed;

/// <summary>
/// Loads demo data (the repository's <c>seed/</c> folder) into a site whose templates are installed: documents through
/// the document service, so validation, ids, business classes and history apply as for any user; then the transitions
/// and business methods each document lists, to put it in its state; then users through the user service. Loading is
/// idempotent: a document or user that already exists is skipped with everything listed for it.
/// </summary>
public sealed class SeedLoader(DocumentService documents, UserService users)
{
    /// <summary>
    /// Loads the seed in <paramref name="folder"/> as <paramref name="caller"/> (usually <see cref="Caller.System"/>).
    /// Throws <see cref="SeedFormatException"/> naming the file and entry when a file cannot be read or the site refuses an
    /// entry; what was loaded before it stays.
    /// </summary>
    public async Task<SeedResult> LoadAsync(string folder, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(caller);
        var (entries, seedUsers) = SeedFolderReader.Read(Path.GetFullPath(folder));
        int created = 0, skipped = 0, usersCreated = 0, usersSkipped = 0;
        foreach (var entry in entries)
        {
            var file = $"documents/{entry.PortalType}.json";
            try
            {
                if (await documents.FindAsync(entry.PortalType, entry.Id, caller, cancellationToken) is not null)
                {
                    skipped++;
                    continue;
                }

                var document = await documents.CreateAsync(entry.PortalType, entry.Properties.With("Id", entry.Id), caller, cancellationToken);
                foreach (var transition in entry.Transitions)
                {
                    document = await documents.FireAsync(entry.PortalType, entry.Id, document.Version, transition, "Demo data", caller, cancellationToken);
                }

                foreach (var method in entry.Calls)
                {
                    await documents.CallAsync(entry.PortalType, entry.Id, null, method, new Dictionary<string, DocValue>(), caller, cancellationToken);
                }

                created++;
            }
            catch (ErpCodeException ex) when (ex is not SeedFormatException)
            {
                throw new SeedFormatException(file, entry.Id, ex.Message, ex);
            }
        }

        foreach (var user in seedUsers)
        {
            try
            {
                if (await users.FindAsync(user.Name, caller, cancellationToken) is not null)
                {
                    usersSkipped++;
                    continue;
                }

                await users.CreateAsync(new NewUser(user.Name, user.Password) { DisplayName = user.DisplayName, Roles = user.Roles, Groups = user.Groups }, caller, cancellationToken);
                usersCreated++;
            }
            catch (ErpCodeException ex)
            {
                throw new SeedFormatException(user.File, user.Name, ex.Message, ex);
            }
        }

        return new SeedResult(created, skipped, usersCreated, usersSkipped);
    }
}
