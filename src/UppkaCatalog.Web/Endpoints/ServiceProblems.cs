using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// The one table from a service's refusal to what an HTTP client is answered: status and title, the service's
/// message as the detail. Used by the JSON API (<see cref="Api.ApiProblems"/>) and the cookie upload doors
/// (<see cref="UploadDoor"/>), so a new kind of refusal is added here once and every door answers it alike.
/// </summary>
internal static class ServiceProblems
{
    private static readonly Dictionary<Type, (int Status, string Title)> Table = new()
    {
        [typeof(ValidationException)] = (StatusCodes.Status400BadRequest, "Isian belum benar."),
        [typeof(NotFoundException)] = (StatusCodes.Status404NotFound, "Tidak ditemukan."),
        [typeof(ForbiddenException)] = (StatusCodes.Status403Forbidden, "Tidak diizinkan."),
        [typeof(ConflictException)] = (StatusCodes.Status409Conflict, "Data sudah berubah."),
    };

    // A refusal type not in the table yet still reaches the client as a refusal, never as a server error.
    private static readonly (int Status, string Title) Otherwise = (StatusCodes.Status400BadRequest, "Permintaan ditolak.");

    public static (int Status, string Title) Of(ServiceException e) => Of(e.GetType());

    /// <summary>The title the API also uses for its own refusals of the same kind (e.g. an unknown route is "not found").</summary>
    public static string TitleOf<TException>() where TException : ServiceException => Of(typeof(TException)).Title;

    private static (int Status, string Title) Of(Type type) => Table.GetValueOrDefault(type, Otherwise);
}
