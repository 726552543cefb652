using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary><c>/staf/kelompok/impor</c>: upload a registry spreadsheet, read the preview, confirm.</summary>
public sealed class RegistryImportPage(IPage page) : StaffAreaPage(page)
{
    public const string Path = "/staf/kelompok/impor";

    public ILocator FileInput => Page.Locator("main #import-file");

    public ILocator Summary => Page.Locator("main #import-summary");

    public ILocator Rows => Page.Locator("main .import-preview tbody tr");

    public ILocator Filters => Page.Locator("main .import-preview__filters button");

    public ILocator ConfirmButton => Page.Locator("main #import-confirm");

    public ILocator Result => Page.Locator("main #import-result");

    public ILocator Error => Page.Locator("main #import-error");

    public Task OpenAsync() => OpenPathAsync(Path);

    /// <summary>Picks the file as staff do in the file dialog, and waits for its preview.</summary>
    public async Task PreviewAsync(string file)
    {
        await FileInput.SetInputFilesAsync(file);
        await Summary.WaitForAsync(new() { Timeout = 60_000 });
    }
}
