using UppkaCatalog.Tests.Shared;
using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using UppkaCatalog.Core.Groups.Import;
using UppkaCatalog.Web.Components.Pages.Staff.Registry;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.RegistryFiles;

namespace UppkaCatalog.Web.Tests.Components.Pages.Staff.Registry;

/// <summary>
/// <c>/staf/kelompok/impor</c> as staff get it (the upload, its limits, the downloads, the demo file), who may open it,
/// the demo file served where the page links it, and the preview: each row's outcome, refusals beside the row with the
/// file's column header, unknown columns named, cell text shown as text.
/// </summary>
[Collection(RegistryAppCollection.Name)]
public sealed class RegistryImportPageTests(AppFactory app)
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_get_the_upload_with_its_limits_the_downloads_and_in_the_demo_the_demo_file()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        using var response = await staff.GetAsync("/staf/kelompok/impor", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<h1[^>]*>Impor registri kelompok</h1>", html);
        Assert.Contains("id=\"import-file\"", html);
        Assert.Contains("Di bawah 10 MB dan di bawah 100.000 baris.", Html.Text(html));
        foreach (var path in new[] { "/staf/kelompok/templat-registri.csv", "/staf/kelompok/templat-registri.xlsx", "/staf/kelompok/registri.csv", "/staf/kelompok/registri.xlsx", "/staf/kelompok/contoh-registri-jambi.csv" })
        {
            Assert.Contains($"href=\"{path}\" download", html);
        }
    }

    [Fact]
    public async Task The_group_list_links_the_import_and_the_downloads()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        var html = await staff.GetStringAsync("/staf/kelompok", Ct);

        Assert.Contains("href=\"/staf/kelompok/impor\"", html);
        Assert.Contains("href=\"/staf/kelompok/registri.xlsx\" download", html);
    }

    [Fact]
    public Task Only_staff_open_the_import_page() => AccountFlows.AssertStaffOnlyAsync(app, "/staf/kelompok/impor");

    [Fact]
    public async Task Staff_download_the_demo_file_where_the_page_links_it_and_nobody_else_does()
    {
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        using var response = await staff.GetAsync("/staf/kelompok/contoh-registri-jambi.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(DemoFile, Ct), await response.Content.ReadAsByteArrayAsync(Ct));
        // It has leaders' names and phones, made up as they are.
        await AccountFlows.AssertStaffOnlyAsync(app, "/staf/kelompok/contoh-registri-jambi.csv");
        using var anonymous = app.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/demo/registri-uppka-jambi.csv", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_preview_shows_refused_rows_first_beside_their_column_names_unknown_columns_and_shows_cell_text_as_text()
    {
        using var culture = new CultureScope("id-ID");
        var preview = await PreviewAsync(Csv([.. Header, "Catatan"], [.. Row(Number()), "ok"], [.. Row(Number(), name: "<b>UPPKA</b> Kuat", regency: "Atlantis"), ""]));
        await using var bunit = new ComponentContext();

        var view = bunit.Render<ImportPreviewView>(p => p.Add(c => c.Preview, preview).Add(c => c.FileName, "registri.csv"));

        Assert.Equal("2 baris: 1 kelompok baru, 0 berubah, 0 tetap, 1 ditolak.", view.Find("#import-summary").TextContent.Trim());
        Assert.Equal("Kolom ini tidak dikenal dan diabaikan: \"Catatan\".", view.Find("#import-unknown").TextContent);
        // Refused rows are what staff must see first.
        var rows = view.FindAll("tbody tr");
        var refused = Assert.Single(rows);
        Assert.Contains("Ditolak", refused.TextContent);
        Assert.Contains("Kabupaten/Kota: Kabupaten/kota \"Atlantis\" tidak dikenal.", refused.QuerySelector(".import-errors")!.TextContent);
        Assert.Contains("&lt;b&gt;UPPKA&lt;/b&gt; Kuat", refused.InnerHtml);
        Assert.Empty(refused.QuerySelectorAll("b"));

        view.FindAll(".import-preview__filters button")[0].Click();
        Assert.Equal(2, view.FindAll("tbody tr").Count);
    }

    private async Task<ImportPreview> PreviewAsync(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return await app.Services.GetRequiredService<RegistryImportService>().PreviewAsync(await AccountFlows.StaffActorAsync(app), stream, Ct);
    }

    /// <summary>bUnit with MudBlazor and the app's localization, as the interactive staff area has them.</summary>
    private sealed class ComponentContext : ComponentTest
    {
        public ComponentContext()
        {
            Services.AddMudServices();
            SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
        }
    }
}
