using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Components.Pages.Manage.Booths;
using UppkaCatalog.Web.Infrastructure;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Components.Pages.Manage;

/// <summary>
/// <c>/kelola/pameran/{exhibitionId}</c>: apply for a booth, prepare it (tagline, products, prices, order,
/// banner), withdraw. The rules are the service's; this page sends what the member chose and puts each
/// refusal beside its field. Every change sends the booth version this page showed: when staff decided or another
/// member changed the booth meanwhile, the service's conflict is shown with a "load the latest" action, and what the
/// member typed stays in the form until they choose it.
/// </summary>
public sealed partial class BoothEditorPage
{
    private BoothEditorView? _view;
    private BoothEditorModel? _model;
    private bool _notFound;
    private bool _busy;
    private string? _summary;
    private string? _conflict;
    private ElementReference _alerts;

    [Parameter] public int ExhibitionId { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] private BoothApplicationService Booths { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private IStringLocalizer<ExhibitionManageResource> ExhibitionManageText { get; set; } = default!;

    [Inject] private IStringLocalizer<ManageResource> ManageText { get; set; } = default!;

    [Inject] private IStringLocalizer<SharedResource> SharedText { get; set; } = default!;

    private bool Editable => _view is not null && (_view.CanApply || _view.CanEdit);

    private string PublicPath => BoothPaths.Booth(_view!.Exhibition.Slug, _view.GroupSlug);

    /// <summary>A booth that can no longer change shows only its own products.</summary>
    private IReadOnlyList<BoothProductChoice> ChosenOnly =>
        _view!.Choices.Where(c => _model!.IsChosen(c.ProductId)).ToList();

    protected override async Task OnParametersSetAsync()
    {
        _notFound = false;
        try
        {
            Show(await Booths.GetAsync(await AuthState.ActorAsync(), ExhibitionId));
        }
        catch (NotFoundException)
        {
            _notFound = true;
        }
    }

    /// <summary>The version every change is made over: the booth row this page last showed (none before a first application).</summary>
    private Guid? ShownVersion => _view?.Booth?.Version;

    private void Show(BoothEditorView view)
    {
        _view = view;
        _conflict = null;
        // A withdrawn or rejected booth is the starting point of a new application: its tagline and products come back.
        _model = BoothEditorModel.From(view.Booth);
    }

    private void SetTagline(string? value)
    {
        _model!.Tagline = value ?? "";
        _model.Errors.Remove("tagline");
    }

    private async Task SaveAsync()
    {
        if (_model?.ToInput(ExhibitionManageText["PriceUnreadable"]) is not { } input)
        {
            _summary = ExhibitionManageText["CheckMarked"];
            return;
        }

        var applying = _view!.CanApply;
        await RunAsync(async actor => applying
                ? await Booths.ApplyAsync(actor, ExhibitionId, input, ShownVersion)
                : await Booths.UpdateAsync(actor, ExhibitionId, input, ShownVersion!.Value),
            applying ? ExhibitionManageText["Applied"] : ExhibitionManageText["Saved"], input.Products.Select(p => p.ProductId).ToList());
    }

    private async Task WithdrawAsync()
    {
        var sure = await Dialogs.ShowMessageBoxAsync(ExhibitionManageText["WithdrawTitle"], ExhibitionManageText["WithdrawConfirm"], yesText: ExhibitionManageText["Withdraw"], cancelText: ManageText["Cancel"]);
        if (sure != true) return;
        await RunAsync(actor => Booths.WithdrawAsync(actor, ExhibitionId, ShownVersion!.Value), ExhibitionManageText["Withdrawn"], []);
    }

    private async Task RemoveBannerAsync() => await RunAsync(actor => Booths.RemoveBannerAsync(actor, ExhibitionId, ShownVersion!.Value), ExhibitionManageText["BannerRemoved"], [], keepForm: true);

    private async Task BannerUploadedAsync()
    {
        var view = await Booths.GetAsync(await AuthState.ActorAsync(), ExhibitionId);
        _view = view; // the form keeps what the member is typing
        Snackbar.Add(ExhibitionManageText["BannerSaved"], Severity.Success);
    }

    /// <summary>After a conflict, on the member's word: the booth as saved now, replacing what they typed.</summary>
    private async Task LoadLatestAsync()
    {
        _summary = null;
        Show(await Booths.GetAsync(await AuthState.ActorAsync(), ExhibitionId));
    }

    /// <summary>Calls the service; on success shows the new state, on refusal places the messages and moves focus to them.</summary>
    private async Task RunAsync(Func<Actor, Task<BoothEditorView>> call, string done, IReadOnlyList<int> sentOrder, bool keepForm = false)
    {
        _busy = true;
        _summary = null;
        _conflict = null;
        try
        {
            var view = await call(await AuthState.ActorAsync());
            if (keepForm) _view = view;
            else Show(view);
            Snackbar.Add(done, Severity.Success);
        }
        catch (ValidationException e)
        {
            _model!.SetErrors(e.Errors, sentOrder);
            _summary = e.Message;
        }
        catch (ConflictException e)
        {
            _conflict = e.Message;
        }
        catch (NotFoundException e)
        {
            _summary = e.Message;
        }
        finally
        {
            _busy = false;
        }

        if (_summary is not null || _conflict is not null)
        {
            StateHasChanged();
            await _alerts.FocusAsync();
        }
    }
}
