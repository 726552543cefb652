using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Labels;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Infrastructure;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Components.Pages.Manage;

public sealed partial class ProductEditor
{
    private Actor _actor = default!;
    private IReadOnlyList<CategoryView> _categories = [];
    private IReadOnlyList<ProgrammeCertificate> _certificates = [];
    private ProductEditView? _view;
    private LabelProducer? _producer;
    private IReadOnlyList<PermitStatusView> _permits = [];
    private ProductEditorModel? _model;
    private DraftAutosave? _autosave;
    private ElementReference _alerts;
    private bool _loaded;
    private bool _notFound;
    private bool _restored;
    private bool _busy;
    private bool _revealAlerts;
    private string? _conflict;
    private string? _summary;

    [Inject] private ProductEditingService Editing { get; set; } = default!;

    [Inject] private EditorDraftService Drafts { get; set; } = default!;

    [Inject] private CatalogService Catalog { get; set; } = default!;

    [Inject] private ProgrammeCertificateService Certificates { get; set; } = default!;

    [Inject] private LabelChecklistService Labels { get; set; } = default!;
    [Inject] private PermitService Permits { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private IStringLocalizer<ManageResource> ManageText { get; set; } = default!;

    [Inject] private IStringLocalizer<SharedResource> SharedText { get; set; } = default!;

    [Inject] private IStringLocalizer<PermitResource> PermitText { get; set; } = default!;

    [Inject] private ILogger<ProductEditor> Log { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    /// <summary>The product to edit; null for a new one.</summary>
    [Parameter] public int? ProductId { get; set; }

    /// <summary>How long after the last change the typed form is kept on the server.</summary>
    [Parameter] public TimeSpan DraftDelay { get; set; } = TimeSpan.FromSeconds(1.5);

    private string Title => _view is null ? ManageText["NewProduct"] : _view.Input.Name ?? ManageText["NewProduct"];

    private bool Archived => _view?.Status == ProductStatus.Archived;

    private bool CanSubmit => _view is null || _view.Status is ProductStatus.Draft or ProductStatus.Rejected;

    /// <summary>Drafts of a product not saved yet are kept under 0.</summary>
    private int DraftKey => _view?.Id ?? 0;

    private EditorMessages Messages => new(ManageText["PriceUnreadable"], ManageText["WholeNumberOnly"]);

    protected override async Task OnInitializedAsync()
    {
        _actor = await AuthState.ActorAsync();
        _categories = await Catalog.GetCategoriesAsync();
        // Members only: a certificate from a programme belongs to a group.
        if (_actor.GroupId is not null) _certificates = await Certificates.ForMyGroupAsync(_actor);
        // The label checklist's producer line is the member's group; without a group there is no checklist to show.
        if (_actor.GroupId is not null) _producer = await Labels.GetProducerAsync(_actor);
        _autosave = new DraftAutosave(
            () => _model?.ToJson() ?? "{}",
            (json, ct) => Drafts.SaveAsync(_actor, DraftKey, json, ct),
            DraftDelay,
            e => Log.LogWarning(e, "Keeping the editor draft of product {ProductId} failed", DraftKey));
    }

    protected override async Task OnParametersSetAsync()
    {
        // After the first save of a new product the address changes to /kelola/produk/{id}: same product, nothing to load.
        if (_loaded && (ProductId ?? 0) == DraftKey) return;
        await _autosave!.CancelAsync();
        await LoadAsync(ProductId ?? 0, restoreDraft: true);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_revealAlerts) return;
        _revealAlerts = false;
        // On a phone the buttons are far below the top: bring the message into view (and to screen readers).
        await _alerts.FocusAsync(preventScroll: false);
    }

    private async Task LoadAsync(int id, bool restoreDraft)
    {
        _conflict = null;
        _summary = null;
        _restored = false;
        _notFound = false;
        _view = null;
        _model = null;
        _permits = [];
        if (id != 0)
        {
            try
            {
                _view = await Editing.GetForEditAsync(_actor, id);
                _permits = await Permits.ForProductAsync(_actor, id);
            }
            catch (NotFoundException)
            {
                _notFound = true;
                _loaded = true;
                return;
            }
        }

        // The form shows only once the draft was read: shown earlier (a render happens while the draft is read),
        // what the member typed meanwhile would be replaced by the restored draft.
        var model = _view is null ? new ProductEditorModel() : ProductEditorModel.FromView(_view);
        if (restoreDraft) model = await RestoreDraftAsync(id) ?? model;
        _model = model;
        _loaded = true;
    }

    /// <summary>
    /// Gives back what was typed and not saved (a lost connection, a reload). A draft typed on the
    /// version now saved always counts — adding photos or a status change leaves the version alone.
    /// One typed on an older version counts only if it is newer than the product's last change, and
    /// keeps that older version, so saving it reports the conflict instead of overwriting.
    /// Returns the draft to show, or null when there is none worth keeping.
    /// </summary>
    private async Task<ProductEditorModel?> RestoreDraftAsync(int id)
    {
        if (await Drafts.GetAsync(_actor, id) is not { } draft) return null;
        var typed = ProductEditorModel.FromJson(draft.Json);
        var stale = typed is null
            || (_view is not null && typed.Version != _view.Version && draft.SavedAt <= _view.UpdatedAt);
        if (stale)
        {
            await Drafts.DeleteAsync(_actor, id);
            return null;
        }

        _restored = true;
        return typed;
    }

    private void FieldChanged(string key)
    {
        _model?.Errors.Remove(key);
        _autosave!.Changed();
    }

    private async Task SaveAsync(bool submit)
    {
        if (_model is null || _busy) return;
        _conflict = null;
        _summary = null;
        if (!_model.TryBuildInput(Messages, out var input))
        {
            Reveal(ManageText["CheckMarkedFields"]);
            return;
        }

        _busy = true;
        var saved = false;
        try
        {
            await _autosave!.CancelAsync();
            var draftKey = DraftKey;
            var view = _view is null
                ? await Editing.CreateDraftAsync(_actor, input)
                : await Editing.UpdateAsync(_actor, _view.Id, input, _model.Version);
            saved = true;
            await Drafts.DeleteAsync(_actor, draftKey);
            Show(view);
            // A changed number is waiting again (the service cleared its verification in the same save).
            _permits = await Permits.ForProductAsync(_actor, view.Id);
            if (draftKey == 0) Navigation.NavigateTo(ManagePaths.Product(view.Id), replace: true);
            if (submit)
            {
                _view = await Editing.SubmitAsync(_actor, view.Id);
                Snackbar.Add(ManageText["Submitted"], Severity.Success);
            }
            else
            {
                Snackbar.Add(ManageText["Saved"], Severity.Success);
            }
        }
        catch (ValidationException e)
        {
            _model.SetErrors(e.Errors);
            Reveal(saved ? ManageText["SavedNotSubmitted"] : e.Message);
        }
        catch (ConflictException e)
        {
            // The member's typed values stay in the form (and in the server-side draft) until they choose to load the latest.
            _conflict = e.Message;
            _revealAlerts = true;
        }
        catch (NotFoundException e)
        {
            Reveal(e.Message);
        }
        finally
        {
            _busy = false;
        }
    }

    private void Show(ProductEditView view)
    {
        _view = view;
        _model = ProductEditorModel.FromView(view);
        _restored = false;
    }

    private void Reveal(string summary)
    {
        _summary = summary;
        _revealAlerts = true;
    }

    /// <summary>A certificate photo was saved (issue 16): read the permits' states again, keep what the member typed.</summary>
    private async Task PermitsChangedAsync()
    {
        if (_view is null) return;
        _permits = await Permits.ForProductAsync(_actor, _view.Id);
        Snackbar.Add(PermitText["CertificateSaved"], Severity.Success);
    }

    /// <summary>Photos were added, moved or deleted: take the new photo list and status, keep what the member typed.</summary>
    private async Task PhotosChangedAsync()
    {
        if (_view is null) return;
        _view = await Editing.GetForEditAsync(_actor, _view.Id);
        _model?.Errors.Remove("photos");
    }

    private async Task LoadLatestAsync()
    {
        await _autosave!.CancelAsync();
        await Drafts.DeleteAsync(_actor, DraftKey);
        await LoadAsync(DraftKey, restoreDraft: false);
    }

    private async Task DiscardDraftAsync()
    {
        await _autosave!.CancelAsync();
        await Drafts.DeleteAsync(_actor, DraftKey);
        await LoadAsync(DraftKey, restoreDraft: false);
    }

    private Task ArchiveAsync() => ChangeStatusAsync(id => Editing.ArchiveAsync(_actor, id), ManageText["Archived"]);

    private Task RestoreAsync() => ChangeStatusAsync(id => Editing.RestoreAsync(_actor, id), ManageText["Restored"]);

    private async Task ChangeStatusAsync(Func<int, Task> change, string done)
    {
        if (_view is null) return;
        _busy = true;
        try
        {
            await change(_view.Id);
            _view = await Editing.GetForEditAsync(_actor, _view.Id);
            Snackbar.Add(done, Severity.Success);
        }
        catch (ServiceException e)
        {
            Reveal(e.Message);
        }
        finally
        {
            _busy = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Leaving within the autosave delay (a link, a lost circuit): keep the last keystrokes too.
        if (_autosave is not null) await _autosave.FlushAsync();
    }
}
