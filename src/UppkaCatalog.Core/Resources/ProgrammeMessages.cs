using System.Globalization;
using System.Resources;

namespace UppkaCatalog.Core.Resources;

/// <summary>
/// Partner programmes' refusal texts: <c>ProgrammeMessages.resx</c> is Bahasa Indonesia (neutral), <c>ProgrammeMessages.en.resx</c>
/// English. Read when a message is made, in the caller's UI culture.
/// </summary>
public static class ProgrammeMessages
{
    private static readonly ResourceManager Resources = new("UppkaCatalog.Core.Resources.ProgrammeMessages", typeof(ProgrammeMessages).Assembly);

    public static string StaffOrPartnerOnly => Text(nameof(StaffOrPartnerOnly));

    public static string StaffOnlyPartners => Text(nameof(StaffOnlyPartners));

    public static string ProgrammeNotFound => Text(nameof(ProgrammeNotFound));

    public static string PartnerNotFound => Text(nameof(PartnerNotFound));

    public static string PartnerInactive => Text(nameof(PartnerInactive));

    public static string TitleMissing => Text(nameof(TitleMissing));

    public static string TitleTooLong(object a) => Format(nameof(TitleTooLong), a);

    public static string SlugTooLong(object a) => Format(nameof(SlugTooLong), a);

    public static string SlugTaken(object a) => Format(nameof(SlugTaken), a);

    public static string SlugFixedOnceOpen => Text(nameof(SlugFixedOnceOpen));

    public static string KindMissing => Text(nameof(KindMissing));

    public static string DescriptionTooLong(object a) => Format(nameof(DescriptionTooLong), a);

    public static string LocationTooLong(object a) => Format(nameof(LocationTooLong), a);

    public static string RequirementsTooLong(object a) => Format(nameof(RequirementsTooLong), a);

    public static string OpensMissing => Text(nameof(OpensMissing));

    public static string ClosesMissing => Text(nameof(ClosesMissing));

    public static string ClosesBeforeOpens => Text(nameof(ClosesBeforeOpens));

    public static string QuotaInvalid(object a) => Format(nameof(QuotaInvalid), a);

    public static string SeatsInvalid(object a) => Format(nameof(SeatsInvalid), a);

    public static string RegencyUnknown(object a) => Format(nameof(RegencyUnknown), a);

    public static string SessionIncomplete(object a) => Format(nameof(SessionIncomplete), a);

    public static string SessionEndsBeforeStart(object a) => Format(nameof(SessionEndsBeforeStart), a);

    public static string SessionPlaceTooLong(object a, object b) => Format(nameof(SessionPlaceTooLong), a, b);

    public static string TooManySessions(object a) => Format(nameof(TooManySessions), a);

    public static string AlreadyInStatus => Text(nameof(AlreadyInStatus));

    public static string StatusStep(object a, object b) => Format(nameof(StatusStep), a, b);

    public static string WindowOverToOpen(object a) => Format(nameof(WindowOverToOpen), a);

    public static string Changed => Text(nameof(Changed));

    public static string PartnerNameMissing => Text(nameof(PartnerNameMissing));

    public static string PartnerNameTooLong(object a) => Format(nameof(PartnerNameTooLong), a);

    public static string PartnerNameTaken(object a) => Format(nameof(PartnerNameTaken), a);

    public static string PartnerPhoneInvalid => Text(nameof(PartnerPhoneInvalid));

    public static string PartnerEmailInvalid => Text(nameof(PartnerEmailInvalid));

    public static string ContactNameTooLong(object a) => Format(nameof(ContactNameTooLong), a);

    /// <summary>A status as the messages name it (draf, dibuka, ditutup, selesai).</summary>
    public static string Status(Programmes.ProgrammeStatus status) => Text("Status" + status);

    public static string MembersApply => Text(nameof(MembersApply));

    public static string StaffNominate => Text(nameof(StaffNominate));

    public static string StaffOnlyReports => Text(nameof(StaffOnlyReports));

    public static string ApplicationNotFound => Text(nameof(ApplicationNotFound));

    public static string AlreadyApplied(object a) => Format(nameof(AlreadyApplied), a);

    public static string NotOpenYet(object a) => Format(nameof(NotOpenYet), a);

    public static string WindowClosed => Text(nameof(WindowClosed));

    public static string GroupInactive => Text(nameof(GroupInactive));

    public static string RegencyNotServed(object a) => Format(nameof(RegencyNotServed), a);

    public static string SectorNotServed(object a) => Format(nameof(SectorNotServed), a);

    public static string StageNotServed(object a) => Format(nameof(StageNotServed), a);

    public static string StageUnknownForProgramme(object a) => Format(nameof(StageUnknownForProgramme), a);

    public static string ZakatDeclarationRequired => Text(nameof(ZakatDeclarationRequired));

    public static string MotivationMissing => Text(nameof(MotivationMissing));

    public static string MotivationTooLong(object a) => Format(nameof(MotivationTooLong), a);

    public static string NeedsTooLong(object a) => Format(nameof(NeedsTooLong), a);

    public static string AttendeesMissing => Text(nameof(AttendeesMissing));

    public static string TooManyAttendees(object a) => Format(nameof(TooManyAttendees), a);

    public static string AttendeeNameTooLong(object a) => Format(nameof(AttendeeNameTooLong), a);

    public static string CannotWithdraw(object a) => Format(nameof(CannotWithdraw), a);

    public static string DecisionStep(object a, object b) => Format(nameof(DecisionStep), a, b);

    public static string ReasonRequired => Text(nameof(ReasonRequired));

    public static string ReasonTooLong(object a) => Format(nameof(ReasonTooLong), a);

    public static string QuotaFull(object a) => Format(nameof(QuotaFull), a);

    /// <summary>An application status as the messages name it (mendaftar, diterima…).</summary>
    public static string Status(Programmes.ApplicationStatus status) => Text("AppStatus" + status);

    public static string DeliveryKindMissing => Text(nameof(DeliveryKindMissing));

    public static string DeliveryDateMissing => Text(nameof(DeliveryDateMissing));

    public static string DeliveryDateFuture => Text(nameof(DeliveryDateFuture));

    public static string DeliveryNotAccepted(object a) => Format(nameof(DeliveryNotAccepted), a);

    public static string AttendanceNobody => Text(nameof(AttendanceNobody));

    public static string AttendanceSessionUnknown => Text(nameof(AttendanceSessionUnknown));

    public static string ItemMissing => Text(nameof(ItemMissing));

    public static string InstitutionMissing => Text(nameof(InstitutionMissing));

    public static string CertificateKindMissing => Text(nameof(CertificateKindMissing));

    public static string CertificateNumberMissing => Text(nameof(CertificateNumberMissing));

    public static string QuantityInvalid => Text(nameof(QuantityInvalid));

    public static string RupiahInvalid => Text(nameof(RupiahInvalid));

    public static string DeliveryTextTooLong(object a) => Format(nameof(DeliveryTextTooLong), a);

    public static string RecordNotYours => Text(nameof(RecordNotYours));

    public static string FollowUpNotAccepted(object a) => Format(nameof(FollowUpNotAccepted), a);

    public static string FollowUpNotDue(object a) => Format(nameof(FollowUpNotDue), a);

    public static string FollowUpEmpty => Text(nameof(FollowUpEmpty));

    public static string StaffOnlyConsent => Text(nameof(StaffOnlyConsent));

    public static string GroupNotFound => Text(nameof(GroupNotFound));

    public static string SessionHasAttendance(object a) => Format(nameof(SessionHasAttendance), a);

    private static string Text(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No programme message {name}.");

    private static string Format(string name, params object[] values) => string.Format(CultureInfo.CurrentCulture, Text(name), values);
}
