using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Accounts;

public sealed record AccountProfile(string DisplayName, string Email, string? GroupName, string? GroupSlug);

/// <summary>Account reads for the signed-in user (a user only ever reads their own profile here).</summary>
public sealed class AccountService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<AccountProfile?> GetOwnProfileAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new AccountProfile(u.DisplayName, u.Email ?? "", u.Group != null ? u.Group.Name : null, u.Group != null ? u.Group.Slug : null))
            .FirstOrDefaultAsync(ct);
    }
}
