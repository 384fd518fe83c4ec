namespace ErpCode.Templates.Seed;

/// <summary>What a seed load did: documents and users created, and those skipped because they already existed.</summary>
public sealed record SeedResult(int DocumentsCreated, int DocumentsSkipped, int UsersCreated, int UsersSkipped)
{
    public override string ToString() =>
        $"{DocumentsCreated} documents created, {DocumentsSkipped} already there; {UsersCreated} users created, {UsersSkipped} already there";
}
