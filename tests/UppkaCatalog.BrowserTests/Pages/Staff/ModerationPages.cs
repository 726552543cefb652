using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary><c>/staf/moderasi</c>: listings waiting for review, oldest first.</summary>
public sealed class ModerationQueuePage(IPage page) : StaffAreaPage(page)
{
    public const string Path = "/staf/moderasi";

    public ILocator Items => Page.Locator("main ul.queue > li");

    public ILocator ItemNamed(string name) => Items.Filter(new() { Has = Page.Locator(".queue__name", new() { HasTextString = name }) });

    public Task OpenAsync() => OpenPathAsync(Path);

    /// <summary>Opens a listing's review page from the queue, as staff do.</summary>
    public async Task<ReviewPage> OpenReviewAsync(string name)
    {
        await ItemNamed(name).Locator("a").ClickAsync();
        await Page.ArrivedAsync(url => url.Contains("/staf/moderasi/", StringComparison.Ordinal));
        var review = new ReviewPage(Page);
        await review.Heading.WaitForAsync();
        return review;
    }
}

/// <summary><c>/staf/moderasi/{id}</c>: the listing as buyers will see it, and the decision.</summary>
public sealed class ReviewPage(IPage page) : StaffAreaPage(page)
{
    public static string PathFor(int productId) => $"/staf/moderasi/{productId}";

    /// <summary>The public product page's body (gallery, price, details), framed as a preview.</summary>
    public ILocator Preview => Page.Locator("main .preview");

    public ILocator ApproveButton => Page.Locator("main .decision__approve");

    public ILocator RejectReason => Page.Locator("main #reject-reason");

    public ILocator RejectButton => Page.Locator("main .reject-form__button");

    /// <summary>The message under the reason field.</summary>
    public ILocator ReasonMessage => Page.Locator("main .reject-form .mud-input-helper-text.mud-input-error");

    public ILocator Dialog => Page.Locator(".mud-dialog");

    /// <summary>Shown when another staff member decided first.</summary>
    public ILocator ConflictAlert => Page.Locator("main .decision [role=alert]");

    public Task OpenAsync(int productId) => OpenPathAsync(PathFor(productId));

    /// <summary>Clicks "Setujui" and confirms in the dialog.</summary>
    public async Task ApproveAsync()
    {
        // TextContent, not InnerText: the words as written, whatever the theme does to button case.
        var approve = (await ApproveButton.TextContentAsync())!.Trim();
        await ApproveButton.ClickAsync();
        await Dialog.GetByRole(AriaRole.Button, new() { Name = approve, Exact = true }).ClickAsync();
    }

    public async Task RejectAsync(string reason)
    {
        await RejectReason.FillAsync(reason);
        await RejectButton.ClickAsync();
    }
}
