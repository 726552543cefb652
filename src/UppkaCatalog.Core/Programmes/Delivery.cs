using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Programmes;

public enum DeliveryKind
{
    /// <summary>Who of the group attended a training session.</summary>
    Attendance,
    /// <summary>Equipment handed over: item, quantity, value, date, a photo of the hand-over.</summary>
    Equipment,
    /// <summary>Capital or a referral: amount, institution, outcome.</summary>
    Capital,
    /// <summary>A certificate obtained (P-IRT, halal, BPOM…): kind and number.</summary>
    Certificate,
}

/// <summary>What a partner delivered to an accepted group, as its officer recorded it. Money is whole rupiah.</summary>
public sealed class Delivery
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    public ProgrammeApplication? Application { get; set; }

    public DeliveryKind Kind { get; set; }

    /// <summary>The day it happened, in WIB.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Attendance: the session attended (null: not tied to one).</summary>
    public int? SessionId { get; set; }

    /// <summary>Attendance: the names of those present (personal data: group, partner and staff only).</summary>
    public List<string> Attendees { get; set; } = [];

    /// <summary>Equipment: the item; capital: the institution; certificate: its kind (P-IRT, halal, BPOM…).</summary>
    public string Item { get; set; } = "";

    public int Quantity { get; set; }

    /// <summary>Equipment: its value; capital: the amount (whole rupiah).</summary>
    public long Rupiah { get; set; }

    /// <summary>Capital: the outcome; certificate: its number; otherwise a note.</summary>
    public string Detail { get; set; } = "";

    /// <summary>Equipment: the hand-over photo's renditions, through the hostile-upload pipeline.</summary>
    public List<PhotoVariant> Photo { get; set; } = [];

    public string RecordedById { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>What an officer records (one kind at a time; the fields the kind does not use are ignored).</summary>
public sealed class DeliveryInput
{
    public DeliveryKind? Kind { get; set; }

    public DateOnly? Date { get; set; }

    public int? SessionId { get; set; }

    public List<string> Attendees { get; set; } = [];

    public string? Item { get; set; }

    public int? Quantity { get; set; }

    public long? Rupiah { get; set; }

    public string? Detail { get; set; }
}

public sealed record DeliveryView(int Id, int ApplicationId, DeliveryKind Kind, DateOnly Date, int? SessionId, IReadOnlyList<string> Attendees,
    string Item, int Quantity, long Rupiah, string Detail, PhotoVariant? Photo, DateTimeOffset RecordedAt)
{
    /// <summary>The hand-over photo's smallest JPEG rendition, for a list's thumbnail (<see cref="Photo"/> is the largest).</summary>
    public PhotoVariant? Thumbnail { get; init; }
}

/// <summary>A programme session an attendance record may name.</summary>
public sealed record DeliverySession(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place);
