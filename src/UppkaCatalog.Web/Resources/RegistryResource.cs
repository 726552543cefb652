namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the registry's strings (the staff group list <c>/staf/kelompok</c>, the group page, bulk invitations):
/// <c>RegistryResource.resx</c> is Bahasa Indonesia (neutral), <c>RegistryResource.en.resx</c> English. <c>LeaderMessage</c>, the
/// WhatsApp message to a group's leader, is Indonesian only (<see cref="Infrastructure.InvitationShare"/>).
/// </summary>
public sealed class RegistryResource;
