using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Core.Common;

/// <summary>Exhibitions: staff's curation, the group's booth, and the concurrency refusals both share.</summary>
public static partial class ServiceMessages
{
    public static string ExhibitionNotFound => Text(nameof(ExhibitionNotFound));

    public static string BoothNotFound => Text(nameof(BoothNotFound));

    public static string HallNotFound => Text(nameof(HallNotFound));

    public static string BoothOrApplicationNotFound => Text(nameof(BoothOrApplicationNotFound));

    /// <summary>The group asks for its own booth (its page, its upload) and has none.</summary>
    public static string OwnBoothNotYet => Text(nameof(OwnBoothNotYet));

    /// <summary>The group asks for its own booth's statistics and has none.</summary>
    public static string OwnBoothNone => Text(nameof(OwnBoothNone));

    public static string BoothChanged => Text(nameof(BoothChanged));

    public static string ExhibitionChanged => Text(nameof(ExhibitionChanged));

    // The exhibition form (ExhibitionRules).

    public static string ExhibitionTitleMissing => Text(nameof(ExhibitionTitleMissing));

    public static string ExhibitionTitleTooLong(int max) => Format(nameof(ExhibitionTitleTooLong), max);

    public static string ExhibitionSlugTooLong(int max) => Format(nameof(ExhibitionSlugTooLong), max);

    public static string ExhibitionThemeTooLong(int max) => Format(nameof(ExhibitionThemeTooLong), max);

    public static string ExhibitionDescriptionTooLong => Text(nameof(ExhibitionDescriptionTooLong));

    public static string ExhibitionStartMissing => Text(nameof(ExhibitionStartMissing));

    public static string ExhibitionEndMissing => Text(nameof(ExhibitionEndMissing));

    public static string ExhibitionEndsBeforeStart => Text(nameof(ExhibitionEndsBeforeStart));

    public static string RegistrationClosesBeforeOpens => Text(nameof(RegistrationClosesBeforeOpens));

    public static string RegistrationClosesAfterEnd => Text(nameof(RegistrationClosesAfterEnd));

    public static string RegistrationOpensAfterEnd => Text(nameof(RegistrationOpensAfterEnd));

    public static string HallNameMissing => Text(nameof(HallNameMissing));

    public static string HallNameTooLong(int max) => Format(nameof(HallNameTooLong), max);

    public static string BoothNumberMissing => Text(nameof(BoothNumberMissing));

    public static string BoothNumberTooLong(int max) => Format(nameof(BoothNumberTooLong), max);

    public static string BoothRejectionReasonMissing => Text(nameof(BoothRejectionReasonMissing));

    public static string BoothRemovalReasonMissing => Text(nameof(BoothRemovalReasonMissing));

    // Staff's curation (ExhibitionCurationService).

    public static string SlugFixedOncePublished => Text(nameof(SlugFixedOncePublished));

    public static string ExhibitionSlugTaken(string slug) => Format(nameof(ExhibitionSlugTaken), slug);

    public static string ExhibitionAlreadyPublished => Text(nameof(ExhibitionAlreadyPublished));

    public static string ArchivedNoPublish => Text(nameof(ArchivedNoPublish));

    public static string HallRequiredToPublish => Text(nameof(HallRequiredToPublish));

    public static string EndedNoPublish => Text(nameof(EndedNoPublish));

    public static string ExhibitionAlreadyArchived => Text(nameof(ExhibitionAlreadyArchived));

    public static string DraftNoArchive => Text(nameof(DraftNoArchive));

    public static string ArchiveEarlyNeedsConfirmation => Text(nameof(ArchiveEarlyNeedsConfirmation));

    public static string ExhibitionArchivedReadOnly => Text(nameof(ExhibitionArchivedReadOnly));

    public static string HallsChanged => Text(nameof(HallsChanged));

    public static string HallNotEmpty(string hall, int booths) => Format(nameof(HallNotEmpty), hall, booths);

    public static string HallNameTaken(string name) => Format(nameof(HallNameTaken), name);

    public static string HallNotOfExhibition => Text(nameof(HallNotOfExhibition));

    public static string GroupAlreadyApplied => Text(nameof(GroupAlreadyApplied));

    public static string GroupAlreadyHasBooth(string? number) => Format(nameof(GroupAlreadyHasBooth), number);

    public static string GroupInactive => Text(nameof(GroupInactive));

    public static string ApplicationAlreadyAccepted => Text(nameof(ApplicationAlreadyAccepted));

    public static string ApplicationWithdrawn => Text(nameof(ApplicationWithdrawn));

    public static string ApplicationAlreadyRejected => Text(nameof(ApplicationAlreadyRejected));

    public static string NotAnAcceptedBooth => Text(nameof(NotAnAcceptedBooth));

    public static string BoothNumberTaken(string number, string holder) => Format(nameof(BoothNumberTaken), number, holder);

    // The group's booth (BoothRules, BoothApplicationService). Moments are written by BoothRules.Moment, in WIB.

    public static string ExhibitionClosed => Text(nameof(ExhibitionClosed));

    public static string ExhibitionClosedNoApply => Text(nameof(ExhibitionClosedNoApply));

    public static string RegistrationNotYetOpen(DateTimeOffset opens) => Format(nameof(RegistrationNotYetOpen), BoothRules.Moment(opens));

    public static string RegistrationClosedAt(DateTimeOffset closed) => Format(nameof(RegistrationClosedAt), BoothRules.Moment(closed));

    public static string ExhibitionClosedNoEdit => Text(nameof(ExhibitionClosedNoEdit));

    public static string ExhibitionEndedNoEdit => Text(nameof(ExhibitionEndedNoEdit));

    public static string BoothRejectedNoEdit => Text(nameof(BoothRejectedNoEdit));

    public static string BoothWithdrawnNoEdit => Text(nameof(BoothWithdrawnNoEdit));

    public static string RegistrationClosedNoWithdraw => Text(nameof(RegistrationClosedNoWithdraw));

    public static string ExhibitionStartedNoWithdraw => Text(nameof(ExhibitionStartedNoWithdraw));

    public static string NothingToWithdraw => Text(nameof(NothingToWithdraw));

    public static string TaglineMissing => Text(nameof(TaglineMissing));

    public static string TaglineTooLong(int max, int length) => Format(nameof(TaglineTooLong), max, length);

    public static string BoothProductsMissing => Text(nameof(BoothProductsMissing));

    public static string BoothTooManyProducts(int max, int chosen) => Format(nameof(BoothTooManyProducts), max, chosen);

    public static string BoothProductRepeated => Text(nameof(BoothProductRepeated));

    public static string BoothProductUnknown => Text(nameof(BoothProductUnknown));

    public static string BoothProductNotPublished(string product) => Format(nameof(BoothProductNotPublished), product);

    public static string ExhibitionPriceNotPositive => Text(nameof(ExhibitionPriceNotPositive));

    /// <summary>The normal price is written as <see cref="Rupiah.Format"/> writes it, in every language.</summary>
    public static string ExhibitionPriceNotBelowNormal(long normalPrice) => Format(nameof(ExhibitionPriceNotBelowNormal), Rupiah.Format(normalPrice));

    public static string AlreadyApplied => Text(nameof(AlreadyApplied));

    public static string AlreadyHasBooth => Text(nameof(AlreadyHasBooth));

    public static string ColleagueJustApplied => Text(nameof(ColleagueJustApplied));
}
