namespace UppkaCatalog.Core.Common;

/// <summary>Groups: registration by staff and the group's own profile.</summary>
public static partial class ServiceMessages
{
    public static string GroupNotFound => Text(nameof(GroupNotFound));

    public static string GroupNameMissing => Text(nameof(GroupNameMissing));

    public static string GroupWhatsAppInvalid => Text(nameof(GroupWhatsAppInvalid));

    public static string RegistrationNumberMissing => Text(nameof(RegistrationNumberMissing));

    public static string RegistrationNumberTaken => Text(nameof(RegistrationNumberTaken));

    public static string VillageMissing => Text(nameof(VillageMissing));

    public static string DistrictMissing => Text(nameof(DistrictMissing));

    public static string RegencyMissing => Text(nameof(RegencyMissing));

    public static string SectorMissing(string sectors) => Format(nameof(SectorMissing), sectors);

    public static string SectorUnknown(string text, string sectors) => Format(nameof(SectorUnknown), text, sectors);

    public static string StageUnknown(string text, string stages) => Format(nameof(StageUnknown), text, stages);

    public static string FoundingYearInFuture(int year) => Format(nameof(FoundingYearInFuture), year);

    public static string FoundingYearImplausible(int year) => Format(nameof(FoundingYearImplausible), year);

    public static string LeaderPhoneInvalid => Text(nameof(LeaderPhoneInvalid));

    public static string MemberCountImplausible => Text(nameof(MemberCountImplausible));

    public static string StoryTooLong => Text(nameof(StoryTooLong));
}
