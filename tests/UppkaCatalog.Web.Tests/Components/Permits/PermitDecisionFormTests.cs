using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Staff.Permits;
using UppkaCatalog.Web.Tests.Components.Pages.Manage;

namespace UppkaCatalog.Web.Tests.Components.Permits;

/// <summary>
/// Issue 16, staff's decision form in the permit queue, over the real PermitService and a SQLite file: verify needs what
/// was checked (and the halal certificate's last day), refuse a reason; the service's messages sit under their fields,
/// nothing is written on a refusal, and a decision reaches the database and the queue is told.
/// </summary>
public sealed class PermitDecisionFormTests : EditorTestBase
{
    private static readonly Actor Staff = new("staff-permits", null, IsStaff: true);

    private PermitService Permits => Services.GetRequiredService<PermitService>();

    private async Task<PermitQueueItem> WaitingAsync(PermitKind kind)
    {
        var input = CompleteInput(name: "Keripik Izin " + kind);
        input.PirtNumber = kind == PermitKind.Pirt ? "2081505010123-26" : null;
        input.HalalNumber = kind == PermitKind.Halal ? "ID00410000123450224" : null;
        var product = await NewDraftAsync(input);
        var queue = await Permits.QueueAsync(Staff, new PermitQueueQuery { Kind = kind }, Ct);
        return queue.Items.Single(i => i.ProductId == product.Id);
    }

    private void SignInAsStaff()
    {
        Auth.SetRoles("Staff");
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, Staff.UserId));
    }

    [Fact]
    public async Task Verifying_without_a_note_or_a_halal_date_names_both_under_their_fields_and_writes_nothing()
    {
        using var culture = new CultureScope("id-ID");
        var item = await WaitingAsync(PermitKind.Halal);
        SignInAsStaff();
        var decided = new List<string>();
        var form = Render<PermitDecisionForm>(p => p.Add(x => x.Item, item).Add(x => x.OnDecided, (string s) => decided.Add(s)));

        await form.Find(".decision-form__verify-button").ClickAsync();

        form.WaitForAssertion(() => Assert.Contains("Tulis apa yang sudah Anda periksa", form.Find(".decision-form__note").TextContent));
        Assert.Contains("Isi tanggal berakhirnya sertifikat halal, atau pilih \"tanpa tanggal berakhir\"", form.Find(".decision-form__expires").TextContent);
        Assert.Empty(decided);
        var state = (await Permits.ForProductAsync(Staff, item.ProductId, Ct)).Single(p => p.Kind == PermitKind.Halal);
        Assert.Equal(PermitStatus.Waiting, state.State);
    }

    [Fact]
    public async Task A_halal_date_that_cannot_be_read_is_named_before_anything_is_sent()
    {
        using var culture = new CultureScope("id-ID");
        var item = await WaitingAsync(PermitKind.Halal);
        SignInAsStaff();
        var form = Render<PermitDecisionForm>(p => p.Add(x => x.Item, item));

        form.Find(".decision-form__note textarea").Input("Dicocokkan dengan sertifikat asli.");
        form.Find(".decision-form__expires input").Input("besok");
        await form.Find(".decision-form__verify-button").ClickAsync();

        form.WaitForAssertion(() => Assert.Contains("Tulis tanggal sebagai hari-bulan-tahun", form.Find(".decision-form__expires").TextContent));
    }

    [Fact]
    public async Task Verifying_halal_with_note_and_date_is_stored_and_the_queue_is_told()
    {
        using var culture = new CultureScope("id-ID");
        var item = await WaitingAsync(PermitKind.Halal);
        SignInAsStaff();
        var decided = new List<string>();
        var form = Render<PermitDecisionForm>(p => p.Add(x => x.Item, item).Add(x => x.OnDecided, (string s) => decided.Add(s)));
        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2);

        form.Find(".decision-form__note textarea").Input("Dicocokkan dengan sertifikat asli dan situs BPJPH.");
        form.Find(".decision-form__expires input").Input(until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.Find(".decision-form__verify-button").ClickAsync();

        form.WaitForAssertion(() => Assert.Equal(["Halal Keripik Izin Halal terverifikasi."], decided));
        var state = (await Permits.ForProductAsync(Staff, item.ProductId, Ct)).Single(p => p.Kind == PermitKind.Halal);
        Assert.Equal(PermitStatus.Verified, state.State);
        Assert.Equal(until, state.ExpiresOn);
        Assert.Equal("Dicocokkan dengan sertifikat asli dan situs BPJPH.", state.Note);
    }

    [Fact]
    public async Task A_halal_certificate_without_a_last_day_is_verified_with_no_expiry_and_the_group_reads_it_holds_while_unchanged()
    {
        using var culture = new CultureScope("id-ID");
        var item = await WaitingAsync(PermitKind.Halal);
        SignInAsStaff();
        var decided = new List<string>();
        var form = Render<PermitDecisionForm>(p => p.Add(x => x.Item, item).Add(x => x.OnDecided, (string s) => decided.Add(s)));

        form.Find(".decision-form__note textarea").Input("Dicocokkan di SIHALAL: terbit 2024, tanpa masa berlaku.");
        form.Find(".decision-form__no-expiry input").Change(true);
        form.WaitForAssertion(() => Assert.True(form.Find(".decision-form__expires input").HasAttribute("disabled")));
        await form.Find(".decision-form__verify-button").ClickAsync();

        form.WaitForAssertion(() => Assert.Equal(["Halal Keripik Izin Halal terverifikasi."], decided));
        var state = (await Permits.ForProductAsync(Staff, item.ProductId, Ct)).Single(p => p.Kind == PermitKind.Halal);
        Assert.Equal((PermitStatus.Verified, (DateOnly?)null, false), (state.State, state.ExpiresOn, state.ExpiresSoon));
    }

    [Fact]
    public async Task Refusing_needs_a_reason_and_the_group_then_reads_it()
    {
        using var culture = new CultureScope("id-ID");
        var item = await WaitingAsync(PermitKind.Pirt);
        SignInAsStaff();
        var decided = new List<string>();
        var form = Render<PermitDecisionForm>(p => p.Add(x => x.Item, item).Add(x => x.OnDecided, (string s) => decided.Add(s)));

        await form.Find(".decision-form__refuse-button").ClickAsync();
        form.WaitForAssertion(() => Assert.Contains("Tulis alasannya: kelompok akan membacanya.", form.Find(".decision-form__reason").TextContent));
        Assert.Empty(decided);

        form.Find(".decision-form__reason textarea").Input("Nomor tidak terbaca pada foto.");
        await form.Find(".decision-form__refuse-button").ClickAsync();

        form.WaitForAssertion(() => Assert.Single(decided));
        var mine = (await Permits.ForProductAsync(Member, item.ProductId, Ct)).Single(p => p.Kind == PermitKind.Pirt);
        Assert.Equal(PermitStatus.Refused, mine.State);
        Assert.Equal("Nomor tidak terbaca pada foto.", mine.RefusalReason);
        Assert.Null(mine.Note);
    }

    [Fact]
    public async Task A_number_the_group_changed_meanwhile_is_not_verified_and_staff_are_told()
    {
        using var culture = new CultureScope("id-ID");
        var item = await WaitingAsync(PermitKind.Pirt);
        await using (var db = await Db.CreateDbContextAsync(Ct))
        {
            await db.Products.Where(p => p.Id == item.ProductId).ExecuteUpdateAsync(s => s.SetProperty(p => p.PirtNumber, "2081505010999-26"), Ct);
        }

        SignInAsStaff();
        var form = Render<PermitDecisionForm>(p => p.Add(x => x.Item, item));
        form.Find(".decision-form__note textarea").Input("Cocok dengan foto.");
        await form.Find(".decision-form__verify-button").ClickAsync();

        form.WaitForAssertion(() => Assert.Contains("sudah berubah menjadi 2081505010999-26", form.Find(".decision-form__problem").TextContent));
        var state = (await Permits.ForProductAsync(Staff, item.ProductId, Ct)).Single(p => p.Kind == PermitKind.Pirt);
        Assert.NotEqual(PermitStatus.Verified, state.State);
    }
}
