using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.BrowserTests.Support;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>
/// A hurried member on a slow phone loses nothing: not what is typed before the page is live, not a
/// field filled right after choosing a category, not what was typed before the network dropped.
/// Members 11 and 12: no other browser test works as them, so their drafts and products are their own.
/// </summary>
public sealed class HurriedMemberTests(AppFixture app) : BrowserTest(app)
{
    private const int Member = 11;
    private const int DroppingMember = 12;
    private const string Description = "Keripik singkong tipis, digoreng dengan minyak kelapa dan dibumbui bawang putih. Tahan dua bulan.";

    [Fact]
    public async Task Until_the_circuit_is_live_the_form_is_disabled_under_a_status_and_what_is_typed_then_is_kept()
    {
        var page = await NewPageAsync(width: 360);
        await MemberPage.SignInAsync(page, Email(Member));
        // Hold Blazor's script: the page stays as prerendered, as on 3G while the circuit connects.
        var script = await HeldBlazorScript.AttachAsync(page);
        var editor = new ProductEditorPage(page);
        await page.GotoAsync(ProductEditorPage.NewPath, new() { WaitUntil = WaitUntilState.Commit });

        await Expect(editor.Preparing).ToHaveTextAsync("Menyiapkan formulir…");
        await Expect(editor.AreaBody).ToHaveAttributeAsync("aria-busy", "true");
        await Expect(editor.AreaBody).ToHaveAttributeAsync("disabled", "");
        await Expect(editor.Field("name")).ToBeDisabledAsync();
        await Expect(editor.CategorySelect).ToBeDisabledAsync();
        await Expect(editor.SaveButton).ToBeDisabledAsync();
        // A hurried tap and typing go nowhere (rather than into a field the first live render would wipe).
        await editor.Field("name").ClickAsync(new() { Force = true });
        await page.Keyboard.TypeAsync("Keripik");
        await Expect(editor.Field("name")).ToHaveValueAsync("");
        var shot = App.ScreenshotPath("kelola-produk-menyiapkan-360");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = false });
        await LookChecks.AssertFitsAsync(editor, 360, shot);

        script.Release();
        await editor.WaitInteractiveAsync();
        await Expect(editor.Preparing).ToHaveCountAsync(0);
        await Expect(editor.AreaBody).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(editor.CategorySelect).ToHaveValueAsync("");
        await page.ScreenshotAsync(new() { Path = App.ScreenshotPath("kelola-produk-siap-360"), FullPage = false });

        // Typed the moment the field takes it, and still there after the save.
        var name = StaffTestData.UniqueName("Keripik Singkong Bawang");
        await editor.FillAsync("name", name);
        await editor.ChooseFirstCategoryAsync();
        await editor.FillAsync("description", Description);
        await editor.FillAsync("price", "15000");
        await editor.FillAsync("unit", "bungkus");
        var id = await editor.SaveDraftAsync();
        await Expect(editor.Field("name")).ToHaveValueAsync(name);
        await AssertSavedAsync(Member, id, name, ProductStatus.Draft);
        await ArchiveAsync(Member, id);
    }

    [Fact]
    public async Task Ten_quick_journeys_over_a_slow_circuit_each_save_a_complete_draft_and_submit_it()
    {
        var page = await NewPageAsync(width: 360);
        await MemberPage.SignInAsync(page, Email(Member));
        await SlowCircuit.AttachAsync(page, TimeSpan.FromMilliseconds(250));
        var editor = new ProductEditorPage(page);
        var made = new List<int>();
        try
        {
            for (var run = 1; run <= 10; run++)
            {
                await editor.OpenNewAsync();
                var name = StaffTestData.UniqueName($"Dodol Durian {run}");
                // No waiting between steps: each fill follows the last at once, as a hurried thumb does.
                await editor.FillAsync("name", name);
                await editor.ChooseFirstCategoryAsync();
                await editor.FillAsync("description", Description);
                await editor.FillAsync("price", "27500");
                await editor.FillAsync("unit", "kotak");
                var id = await editor.SaveDraftAsync();
                made.Add(id);
                await AssertSavedAsync(Member, id, name, ProductStatus.Draft, $"journey {run}");

                await editor.Uploader.WaitForAsync();
                await editor.PhotoInput.SetInputFilesAsync(new FilePayload { Name = "kemasan.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(800, 600, grain: true) });
                await Expect(editor.SavedPhotos).ToHaveCountAsync(1, new() { Timeout = 60_000 });
                await editor.SubmitButton.ClickAsync();
                await Expect(editor.StatusBadge).ToHaveTextAsync("Menunggu pemeriksaan", new() { Timeout = 45_000 });
                await AssertSavedAsync(Member, id, name, ProductStatus.PendingReview, $"journey {run}");
            }
        }
        finally
        {
            // Out of the staff's moderation queue, which other tests look at.
            foreach (var id in made) await ArchiveAsync(Member, id);
        }
    }

    [Fact]
    public async Task A_dropped_connection_while_editing_keeps_what_was_typed_and_the_reopened_editor_restores_it()
    {
        var page = await NewPageAsync(width: 360);
        await MemberPage.SignInAsync(page, Email(DroppingMember));
        var circuit = await SlowCircuit.AttachAsync(page, TimeSpan.Zero);
        var editor = new ProductEditorPage(page);
        await editor.OpenNewAsync();
        var name = StaffTestData.UniqueName("Kopi Liberika Tungkal");
        await editor.FillAsync("name", name);
        await editor.ChooseFirstCategoryAsync();
        var category = await editor.CategorySelect.InputValueAsync();
        await editor.FillAsync("description", Description);
        await editor.FillAsync("price", "15000");
        await editor.FillAsync("unit", "bungkus");
        // What the server has kept of the typing (the autosave, 1.5 s after the last keystroke): the real signal.
        var actor = await StaffTestData.MemberActorAsync(App, DroppingMember);
        var drafts = App.Services.GetRequiredService<EditorDraftService>();
        await Eventually(async () => (await drafts.GetAsync(actor, 0))?.Json.Contains("bungkus", StringComparison.Ordinal) == true,
            "the server-side draft to hold the typed unit");

        await circuit.DropAsync();
        // Blazor's own reconnect display (its overlay lives in the host's open shadow root).
        await Expect(page.Locator("#components-reconnect-modal .components-reconnect-visible")).ToBeVisibleAsync();
        // A while: Blazor retries at once ten times, then every 5 s; twelve refusals mean it has moved on to waiting.
        await Eventually(() => Task.FromResult(circuit.Refused >= 12), "twelve refused reconnection attempts");
        await Expect(editor.Field("description")).ToHaveValueAsync(Description);

        // The network is back; the member reopens the editor (a reload, as after a long time away).
        circuit.Restore();
        await page.ReloadAsync(new() { WaitUntil = WaitUntilState.Commit });
        await editor.WaitInteractiveAsync();
        await Expect(editor.RestoredNotice).ToBeVisibleAsync();
        await Expect(editor.Field("name")).ToHaveValueAsync(name);
        await Expect(editor.Field("description")).ToHaveValueAsync(Description);
        await Expect(editor.Field("price")).ToHaveValueAsync("15000");
        await Expect(editor.Field("unit")).ToHaveValueAsync("bungkus");
        await Expect(editor.CategorySelect).ToHaveValueAsync(category);

        var id = await editor.SaveDraftAsync();
        await AssertSavedAsync(DroppingMember, id, name, ProductStatus.Draft);
        await ArchiveAsync(DroppingMember, id);
    }

    private static string Email(int member) => $"anggota{member}@uppka.test";

    /// <summary>The product as the service has it: every field the journey filled, none lost.</summary>
    private async Task AssertSavedAsync(int member, int id, string name, ProductStatus status, string what = "the saved product")
    {
        var view = await App.Services.GetRequiredService<ProductEditingService>().GetForEditAsync(await StaffTestData.MemberActorAsync(App, member), id);
        Assert.True(view.Input.Name == name && !string.IsNullOrEmpty(view.Input.CategorySlug) && view.Input.Description == Description
                && view.Input.Price > 0 && !string.IsNullOrEmpty(view.Input.Unit) && view.Status == status,
            $"{what}: name '{view.Input.Name}', category '{view.Input.CategorySlug}', description '{view.Input.Description}', "
            + $"price {view.Input.Price}, unit '{view.Input.Unit}', status {view.Status} (expected '{name}', the description, {status})");
    }

    private async Task ArchiveAsync(int member, int id) =>
        await App.Services.GetRequiredService<ProductEditingService>().ArchiveAsync(await StaffTestData.MemberActorAsync(App, member), id);

    /// <summary>Polls a condition the page cannot show (the database, the route's counters), up to 60 s.</summary>
    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Waited 60 s for {what}.");
            await Task.Delay(100);
        }
    }
}
