using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>An exhibition as a group sees it in its list: open for registration, or one it has a booth in.</summary>
public sealed record MemberExhibitionRow(
    int ExhibitionId,
    string Slug,
    string Title,
    string Theme,
    ExhibitionStatus Status,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt,
    ExhibitionPhase Phase,
    RegistrationWindow Registration,
    bool CanApply,
    bool CanEdit,
    OwnBoothSummary? Booth);

/// <summary>The group's booth in an exhibition, in short.</summary>
public sealed record OwnBoothSummary(int BoothId, BoothStatus Status, string Tagline, string? HallName, string? Number, string? DecisionReason, int ProductCount);

/// <summary>Everything the apply / edit page needs.</summary>
public sealed record BoothEditorView(
    MemberExhibitionRow Exhibition,
    string GroupSlug,
    OwnBoothDetail? Booth,
    IReadOnlyList<BoothProductChoice> Choices,
    bool CanWithdraw)
{
    /// <summary>Apply (no booth, or a withdrawn / rejected one) is possible now.</summary>
    public bool CanApply => Exhibition.CanApply && Booth?.Status is null or BoothStatus.Withdrawn or BoothStatus.Rejected;

    /// <summary>The booth can be edited now.</summary>
    public bool CanEdit => Booth is not null && Exhibition.CanEdit;
}

public sealed record OwnBoothDetail(
    int BoothId,
    BoothStatus Status,
    string Tagline,
    string? HallName,
    string? Number,
    string? DecisionReason,
    DateTimeOffset AppliedAt,
    DateTimeOffset? DecidedAt,
    string? BannerKey,
    Guid Version,
    IReadOnlyList<BoothProductInput> Products)
{
    public PhotoView? Banner => BannerImages.View(BannerKey, "");
}

/// <summary>One of the group's products the booth may feature (published, or already in the booth).</summary>
public sealed record BoothProductChoice(int ProductId, string Name, long Price, string Unit, bool IsPublished, PhotoView? Cover);
