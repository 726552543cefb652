namespace UppkaCatalog.Core.Auditing;

/// <summary>Who did what to which record, and when; written by the services, never edited.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>User id of the actor, or null for the system (seeding, jobs).</summary>
    public string? ActorId { get; set; }

    /// <summary>Short verb, e.g. "product.approve".</summary>
    public required string Action { get; set; }

    /// <summary>Entity type and id, e.g. "Product:42".</summary>
    public required string Subject { get; set; }

    public string? Details { get; set; }
}
