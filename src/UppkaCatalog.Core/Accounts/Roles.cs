namespace UppkaCatalog.Core.Accounts;

/// <summary>
/// The Identity role names, for every check that names a role: <c>[Authorize(Roles = Roles.Staff)]</c>, endpoint
/// policies, <see cref="Common.Actor.From"/>, the seed. A typo in a literal would silently lock everyone out.
/// </summary>
public static class Roles
{
    public const string Member = "Member";
    public const string Staff = "Staff";

    /// <summary>A partner organisation's officer (training centre, manpower office, zakat agency…), scoped to that partner.</summary>
    public const string Partner = "Partner";
}
