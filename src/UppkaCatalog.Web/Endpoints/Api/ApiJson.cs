using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// Reading request bodies and the API's names for enum values. Bodies are read here rather than bound
/// by the framework, so the bearer check runs before any body is read and a malformed body becomes an
/// Indonesian 400 problem (framework binding answers it with an empty 400, or a stack trace in Development).
/// </summary>
internal static class ApiJson
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
        {
            throw new ApiRequestException(ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Jenis isi tidak didukung.",
                "Kirim badan permintaan sebagai JSON, dengan header Content-Type: application/json."));
        }

        // Parsed first, then mapped: a syntax error and a value of the wrong type get different answers.
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 16 }, ct);
        }
        catch (JsonException)
        {
            throw new ApiRequestException(ApiProblems.Problem(StatusCodes.Status400BadRequest, "Permintaan tidak bisa dibaca.", UnreadableDetail));
        }

        using (document)
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            try
            {
                return document.RootElement.Deserialize<T>(options)
                    ?? throw new ApiRequestException(ApiProblems.Problem(StatusCodes.Status400BadRequest, "Permintaan tidak bisa dibaca.", UnreadableDetail));
            }
            catch (JsonException e)
            {
                // "$.price" names the field sent with the wrong type (e.g. "25.000" where a number belongs).
                var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
                throw new ApiRequestException(ApiProblems.Validation(new Dictionary<string, string> { [field] = WrongTypeMessage(typeof(T), field) }));
            }
        }
    }

    /// <summary>What to write instead: a date field says how a date is written, every other field the general rule.</summary>
    private static string WrongTypeMessage(Type body, string field)
    {
        var property = body.GetProperties().FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(DateTime)
            ? "Tanggal tidak bisa dibaca: tulis tanggal yang ada dalam bentuk TTTT-BB-HH, mis. 2027-12-31."
            : "Jenis isian salah: angka ditulis tanpa titik ribuan (mis. 25000), teks di dalam tanda kutip, daftar di dalam [ ].";
    }

    private const string UnreadableDetail =
        "Badan permintaan bukan JSON yang sah. Periksa tanda kutip, koma dan kurung kurawal, atau salin contoh di README.";

    /// <summary>An enum value as a JSON word: <c>EquipmentAid</c> → <c>equipment-aid</c>, <c>Open</c> → <c>open</c>.</summary>
    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum =>
        System.Text.RegularExpressions.Regex.Replace(value.ToString(), "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant();

    /// <summary>Status names in JSON, one mapping used for output and for <c>?status=</c>.</summary>
    public static string Name(ProductStatus status) => status switch
    {
        ProductStatus.Draft => "draft",
        ProductStatus.PendingReview => "pending",
        ProductStatus.Published => "published",
        ProductStatus.Rejected => "rejected",
        ProductStatus.Archived => "archived",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ProductStatus? ParseStatus(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        foreach (var status in Enum.GetValues<ProductStatus>())
        {
            if (string.Equals(Name(status), value.Trim(), StringComparison.OrdinalIgnoreCase)) return status;
        }

        throw new Core.Common.ValidationException("status", "Status tidak dikenal. Pilih salah satu: draft, pending, published, rejected, archived.");
    }

    public static string Name(Availability availability) => availability switch
    {
        Availability.Ready => "ready",
        Availability.PreOrder => "preOrder",
        Availability.OutOfStock => "outOfStock",
        _ => throw new ArgumentOutOfRangeException(nameof(availability), availability, null),
    };

    /// <summary>Missing means ready (the editor's default); any casing of the three names is accepted.</summary>
    public static Availability ParseAvailability(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return Availability.Ready;
        foreach (var availability in Enum.GetValues<Availability>())
        {
            if (string.Equals(Name(availability), value.Trim(), StringComparison.OrdinalIgnoreCase)) return availability;
        }

        throw new Core.Common.ValidationException("availability", "Ketersediaan tidak dikenal. Pilih salah satu: ready, preOrder, outOfStock.");
    }
}
