using Microsoft.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.BrowserTests.Pages.Exhibitions;

/// <summary>
/// A buyer sends a booth's inquiry form from a real browser: the form has no antiforgery token, and the target
/// accepts only posts the browser marks as coming from this site (Origin). The booth page itself will hold the
/// form (#tanya); these tests use the form's own page at …/tanya, which posts to the same place.
/// </summary>
public sealed class BoothInquiryTests(AppFixture app) : BrowserTest(app)
{
    private const string Group = "uppka-mekar-sari-tangkit";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_buyer_sends_a_booth_inquiry_and_is_taken_back_to_the_booth_with_it_stored_for_that_booth(bool javaScript)
    {
        var exhibition = (await App.OngoingExhibitionAsync()).Slug;
        var buyer = $"Ibu Stan {(javaScript ? "JS" : "tanpa JS")} {Guid.NewGuid().ToString("N")[..6]}";
        var form = new BoothInquiryFormPage(await NewPageAsync(360, javaScript));
        await form.OpenAsync(exhibition, Group);

        var answer = await form.SendAsync(buyer, "0812-9988-7000", "10", "Apakah selai nanas bisa dikirim ke Bungo?");

        // The browser sent its own Origin (a real, not a made-up header) and the post was accepted: 302 to the booth.
        Assert.Equal(302, answer.Status);
        Assert.Equal("http://" + App.BaseUrl.Authority, await answer.Request.HeaderValueAsync("origin"));
        await form.Page.ArrivedAsync(Arrival.EndsWith($"/pameran/{exhibition}/stan/{Group}?terkirim=1#tanya"));
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var stored = await db.Inquiries.AsNoTracking().Where(i => i.BuyerName == buyer)
            .Select(i => new { i.BuyerPhone, i.Quantity, Exhibition = i.Booth!.Exhibition!.Slug, Group = i.Booth.Group!.Slug, SameGroup = i.GroupId == i.Booth.GroupId })
            .SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("+6281299887000", (int?)10, exhibition, Group, true), (stored.BuyerPhone, stored.Quantity, stored.Exhibition, stored.Group, stored.SameGroup));

        // The confirmation, where the form is shown with ?terkirim=1.
        await form.Page.GotoAsync(BoothInquiryFormPage.PathFor(exhibition, Group) + "?terkirim=1");
        Assert.Contains("Pertanyaan Anda sudah terkirim", await form.Sent.InnerTextAsync());
    }

    [Fact]
    public async Task Wrong_input_comes_back_with_messages_beside_the_fields_and_what_was_typed()
    {
        var exhibition = (await App.OngoingExhibitionAsync()).Slug;
        var form = new BoothInquiryFormPage(await NewPageAsync(360, javaScript: false));
        await form.OpenAsync(exhibition, Group);

        var answer = await form.SendAsync("Pak Salah", "0741 123456", "banyak", "Ok");

        Assert.Equal(422, answer.Status);
        await form.FieldErrors.First.WaitForAsync();
        Assert.Equal(3, await form.FieldErrors.CountAsync());
        Assert.Equal("Pak Salah", await form.Name.InputValueAsync());
        Assert.Equal("0741 123456", await form.Phone.InputValueAsync());
        Assert.Equal("true", await form.Phone.GetAttributeAsync("aria-invalid"));
        Assert.Equal(0, await form.Sent.CountAsync());
    }

    [Fact]
    public async Task The_form_page_and_the_poster_have_no_serious_axe_violations_and_fit_360_and_1280()
    {
        var exhibition = (await App.OngoingExhibitionAsync()).Slug;
        foreach (var (name, path) in new[] { ("stan-tanya", BoothInquiryFormPage.PathFor(exhibition, Group)), ("stan-poster", $"/pameran/{exhibition}/stan/{Group}/poster") })
        {
            foreach (var width in new[] { 360, 1280 })
            {
                var page = new BoothInquiryFormPage(await NewPageAsync(width));
                await page.GotoAsync(path);
                var file = App.ScreenshotPath($"{name}-{width}");
                await page.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                await LookChecks.AssertFitsAsync(page, width, file, insideMain: false);
                if (width != 360) continue;

                await LookChecks.AssertAxeCleanAsync(page.Page);
            }
        }
    }
}
