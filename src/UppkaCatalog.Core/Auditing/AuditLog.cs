using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Auditing;

/// <summary>Adds an audit entry to the same unit of work as the change it records, so both commit or neither.</summary>
public static class AuditLog
{
    public static void Record(AppDbContext db, DateTimeOffset at, string? actorId, string action, string subject, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            ActorId = actorId,
            Action = action,
            Subject = subject,
            Details = details is { Length: > 2000 } ? details[..2000] : details,
        });
}
