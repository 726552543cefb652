using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.Bench;

/// <summary>
/// The member's journey, counted on the wire: sign in (not counted), then open the product editor, fill it
/// in, save the draft, add three phone photos, submit, until the badge says "Menunggu pemeriksaan".
/// </summary>
internal static class Journey
{
    private const float Wait = 180_000; // a loaded 2-core machine: generous, it is the bytes that are measured

    public static async Task<int> RunAsync(Uri app, string login, string password, IReadOnlyList<string> photos, long budget)
    {
        await using var proxy = new CountingProxy(new IPEndPoint(IPAddress.Loopback, app.Port));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        await using var context = await Browser.PhoneAsync(browser, $"http://127.0.0.1:{proxy.Port}");
        context.SetDefaultTimeout(Wait);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/masuk");
        await page.Locator("main input[autocomplete=username]").FillAsync(login);
        await page.Locator("main input[type=password]").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/masuk", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.NetworkIdle });
        Console.WriteLine($"signed in ({proxy.Up + proxy.Down:N0} bytes, not counted)");
        proxy.Reset();

        var uploads = new List<IRequest>();
        page.Request += (_, r) =>
        {
            if (r.Method == "POST" && r.Url.Contains("/kelola/unggah/", StringComparison.Ordinal)) uploads.Add(r);
        };

        await page.GotoAsync("/kelola/produk/baru");
        await page.Locator("nav.manage-nav[data-interactive=true]").WaitForAsync();
        await Field(page, "name").FillAsync("Keripik Tempe Hitung Data " + Guid.NewGuid().ToString("N")[..6]);
        await page.Locator(".field-categorySlug .mud-select-input, .field-categorySlug .mud-input-slot").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Makanan Olahan" }).First.ClickAsync();
        var description = "Keripik tempe renyah dari kedelai lokal, digoreng dengan minyak baru. Simpan di tempat kering.";
        await Field(page, "description").FillAsync(description);
        await Field(page, "price").FillAsync("Rp 25.000");
        await Field(page, "unit").FillAsync("bungkus");
        await Expect(Field(page, "description")).ToHaveValueAsync(description);
        await page.Locator("main .action-save").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/kelola/produk/\d+$"));
        await page.Locator("nav.manage-nav[data-interactive=true]").WaitForAsync();

        await page.Locator("main .uploader[data-ready=true]").WaitForAsync();
        await page.Locator("main .uploader input[type=file]").SetInputFilesAsync(photos.Select(p => new FilePayload
        {
            Name = Path.GetFileName(p),
            MimeType = "image/jpeg",
            Buffer = File.ReadAllBytes(p),
        }));
        await Expect(page.Locator("main .uploader__queue li.upload-item[data-state=done]")).ToHaveCountAsync(photos.Count, new() { Timeout = Wait });
        await Expect(page.Locator("main ol.photo-grid > li")).ToHaveCountAsync(photos.Count, new() { Timeout = Wait });

        await page.Locator("main .action-submit").ClickAsync();
        await Expect(page.Locator("main .editor-head .status")).ToHaveTextAsync("Menunggu pemeriksaan", new() { Timeout = Wait });
        // The circuit's last render batch and its acknowledgement are part of the journey.
        await page.WaitForTimeoutAsync(2000);
        long up = proxy.Up, down = proxy.Down;

        foreach (var (request, file) in uploads.Zip(photos))
        {
            var sent = long.Parse((await request.AllHeadersAsync())["content-length"], CultureInfo.InvariantCulture);
            Console.WriteLine($"  {Path.GetFileName(file)}: {new FileInfo(file).Length,10:N0} bytes on the phone, upload request {sent,9:N0} bytes");
        }

        Console.WriteLine();
        Console.WriteLine($"editor opened → \"Menunggu pemeriksaan\", {photos.Count} photos, sign-in excluded (TCP payload through the proxy):");
        Console.WriteLine($"  up    {up,11:N0} bytes");
        Console.WriteLine($"  down  {down,11:N0} bytes");
        Console.WriteLine($"  total {up + down,11:N0} bytes   budget {budget:N0}: {(up + down <= budget ? "PASS" : "FAIL")}");
        Console.WriteLine(FormattableString.Invariant($"RESULT\tup={up}\tdown={down}\ttotal={up + down}\tbudget={budget}\tpass={(up + down <= budget ? "true" : "false")}"));
        return 0;
    }

    private static ILocator Field(IPage page, string key) => page.Locator($".field-{key}").Locator("input, textarea").First;
}
