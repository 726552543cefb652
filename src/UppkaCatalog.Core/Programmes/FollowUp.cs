namespace UppkaCatalog.Core.Programmes;

/// <summary>
/// The follow-up of an accepted group, 90 days after acceptance: the group's own figures (asked: monthly sales and income —
/// personal data, the group, the programme's partner and staff only) beside its catalogue activity in the 90 days before and
/// after acceptance (computed by the system when the follow-up is recorded). One per application; recording again replaces it.
/// </summary>
public sealed class FollowUp
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    public ProgrammeApplication? Application { get; set; }

    /// <summary>Sales in a usual month now, whole rupiah (null: not told).</summary>
    public long? MonthlySales { get; set; }

    /// <summary>Income (sales less costs) in a usual month now, whole rupiah (null: not told).</summary>
    public long? MonthlyIncome { get; set; }

    public string Note { get; set; } = "";

    public int ProductsBefore { get; set; }

    public int ProductsAfter { get; set; }

    public int InquiriesBefore { get; set; }

    public int InquiriesAfter { get; set; }

    public string RecordedById { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>What the group (or its partner officer or staff, on its behalf) tells at the follow-up.</summary>
public sealed class FollowUpInput
{
    public long? MonthlySales { get; set; }

    public long? MonthlyIncome { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// A follow-up as the record shows it. <paramref name="DueOn"/> is the WIB day it opens (acceptance + 90 days);
/// <paramref name="Recorded"/> is null until it is recorded.
/// </summary>
public sealed record FollowUpView(int ApplicationId, DateOnly DueOn, bool IsDue, FollowUpFigures? Recorded);

public sealed record FollowUpFigures(long? MonthlySales, long? MonthlyIncome, string Note, int ProductsBefore, int ProductsAfter,
    int InquiriesBefore, int InquiriesAfter, DateTimeOffset RecordedAt);
