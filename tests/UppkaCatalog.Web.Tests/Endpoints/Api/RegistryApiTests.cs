using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;
using static UppkaCatalog.Web.Tests.Support.RegistryFiles;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>
/// <c>POST /api/v1/staff/groups/import?dryRun=</c>: the JSON the issue names, a dry run that writes nothing (also when
/// dryRun is left out), a real run that imports the valid rows and reports the rest, and who may call it.
/// </summary>
[Collection(RegistryAppCollection.Name)]
public sealed class RegistryApiTests(AppFactory app)
{
    private const string Import = "/api/v1/staff/groups/import";

    private Task<int> GroupCountAsync() => app.QueryAsync(db => db.Groups.CountAsync(Ct));

    [Fact]
    public async Task A_dry_run_of_the_demo_file_answers_the_figures_and_writes_nothing()
    {
        using var staff = await SignedInAsync(app, Staff);
        var groups = await GroupCountAsync();

        using var response = await staff.PostAsync(Import + "?dryRun=true", Form(await File.ReadAllBytesAsync(DemoFile, Ct), "registri-uppka-jambi.csv"), Ct);
        using var defaulted = await staff.PostAsync(Import, Form(await File.ReadAllBytesAsync(DemoFile, Ct)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(["rows", "created", "updated", "unchanged", "refused", "errors"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal((574, 574, 0, 0, 0, 0), (json.GetProperty("rows").GetInt32(), json.GetProperty("created").GetInt32(), json.GetProperty("updated").GetInt32(),
            json.GetProperty("unchanged").GetInt32(), json.GetProperty("refused").GetInt32(), json.GetProperty("errors").GetArrayLength()));
        Assert.Equal(574, (await JsonAsync(defaulted)).GetProperty("created").GetInt32());
        Assert.Equal(groups, await GroupCountAsync());
    }

    [Fact]
    public async Task A_real_run_imports_the_valid_rows_and_reports_each_refused_one_with_its_row_and_column()
    {
        using var staff = await SignedInAsync(app, Staff);
        var (a, b) = (Number(), Number());
        var file = Csv(Header, Row(a), Row(Number(), regency: "Kabupaten Atlantis"), Row(b, name: "UPPKA Mawar Uji"));
        var groups = await GroupCountAsync();

        var first = await JsonAsync(await staff.PostAsync(Import + "?dryRun=false", Form(file), Ct));
        var again = await JsonAsync(await staff.PostAsync(Import + "?dryRun=false", Form(file), Ct));

        Assert.Equal((3, 2, 0, 0, 1), Figures(first));
        var error = Assert.Single(first.GetProperty("errors").EnumerateArray());
        Assert.Equal(["row", "column", "message"], error.EnumerateObject().Select(p => p.Name));
        Assert.Equal((3, "Kabupaten/Kota"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.StartsWith("Kabupaten/kota \"Kabupaten Atlantis\" tidak dikenal.", error.GetProperty("message").GetString());
        Assert.Equal((3, 0, 0, 2, 1), Figures(again));
        Assert.Equal(groups + 2, await GroupCountAsync());
        Assert.Equal("UPPKA Mawar Uji", await app.QueryAsync(db => db.Groups.Where(g => g.RegistrationNumber == b).Select(g => g.Name).SingleAsync(Ct)));
    }

    [Fact]
    public async Task A_members_token_gets_403_and_no_token_401_and_nothing_is_imported()
    {
        using var member = await SignedInAsync(app, Member(1));
        using var anonymous = Anonymous(app);
        var file = Csv(Header, Row(Number()));
        var groups = await GroupCountAsync();

        var forbidden = await ProblemAsync(await member.PostAsync(Import + "?dryRun=false", Form(file), Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await anonymous.PostAsync(Import + "?dryRun=false", Form(file), Ct), HttpStatusCode.Unauthorized);

        Assert.Equal("Hanya staf BKKBN yang dapat memakai alamat ini.", forbidden.GetProperty("detail").GetString());
        Assert.Equal(groups, await GroupCountAsync());
    }

    [Fact]
    public async Task A_file_refused_as_a_whole_is_a_400_problem_on_file_and_a_form_without_a_file_too()
    {
        using var staff = await SignedInAsync(app, Staff);
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

        var notSheet = await ProblemAsync(await staff.PostAsync(Import, Form(png, "registri.xlsx"), Ct), HttpStatusCode.BadRequest);
        var noHeader = await ProblemAsync(await staff.PostAsync(Import, Form(Csv(Row(Number()))), Ct), HttpStatusCode.BadRequest);
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "catatan" } };
        var noFile = await ProblemAsync(await staff.PostAsync(Import, empty, Ct), HttpStatusCode.BadRequest);
        var json = await ProblemAsync(await staff.PostAsync(Import, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Ct), HttpStatusCode.UnsupportedMediaType);
        var dryRun = await ProblemAsync(await staff.PostAsync(Import + "?dryRun=mungkin", Form(Csv(Header, Row(Number()))), Ct), HttpStatusCode.BadRequest);

        Assert.StartsWith("Berkas ini bukan CSV atau XLSX.", FieldError(notSheet, "file"));
        Assert.StartsWith("Baris judul kolom tidak ditemukan.", FieldError(noHeader, "file"));
        Assert.Contains("\"file\"", FieldError(noFile, "file"));
        Assert.Contains("multipart/form-data", json.GetProperty("detail").GetString());
        Assert.Equal("dryRun harus true atau false.", FieldError(dryRun, "dryRun"));
    }

    [Fact]
    public async Task A_file_of_10_MB_is_refused_with_413_and_a_message_not_a_timeout()
    {
        using var staff = await SignedInAsync(app, Staff);
        var big = new byte[10 * 1024 * 1024];
        Array.Fill(big, (byte)'a');

        var problem = await ProblemAsync(await staff.PostAsync(Import + "?dryRun=false", Form(big), Ct), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("Berkas ini terlalu besar: harus di bawah 10 MB. Bagi daftar menjadi beberapa berkas, lalu impor satu per satu.", problem.GetProperty("detail").GetString());
    }

    private static (int, int, int, int, int) Figures(JsonElement json) => (json.GetProperty("rows").GetInt32(), json.GetProperty("created").GetInt32(),
        json.GetProperty("updated").GetInt32(), json.GetProperty("unchanged").GetInt32(), json.GetProperty("refused").GetInt32());
}
