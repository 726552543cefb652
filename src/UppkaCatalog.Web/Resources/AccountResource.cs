namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the account pages' strings (sign-in, invitation, password change):
/// <c>AccountResource.resx</c> is Bahasa Indonesia (neutral), <c>AccountResource.en.resx</c> English.
/// </summary>
public sealed class AccountResource;
