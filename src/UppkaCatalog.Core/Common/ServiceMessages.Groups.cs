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

    public static string SectorMissing => Text(nameof(SectorMissing));

    public static string MemberCountImplausible => Text(nameof(MemberCountImplausible));

    public static string StoryTooLong => Text(nameof(StoryTooLong));
}
