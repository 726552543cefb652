using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Infrastructure;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Components.Pages.Manage;

/// <summary>
/// <c>/kelola/program/{slug}/daftar</c>: the group's application to one open partner programme. The rules are the
/// service's (<see cref="ProgrammeApplicationService.ApplyAsync"/>): each refusal is put under its field, "the group may
/// not apply" above the form, a second application (409) as a plain message. After sending: back to the list with a notice.
/// </summary>
public sealed partial class ProgrammeApplicationPage
{
    private ProgrammeChoice? _choice;
    private bool _loaded;
    private bool _busy;
    private readonly ApplicationInput _input = new();
    private string[] _attendees = [];
    private Dictionary<string, string> _errors = [];
    private string? _summary;
    private string? _conflict;
    private ElementReference _alerts;

    [Parameter] public string Slug { get; set; } = "";

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] private ProgrammeApplicationService Applications { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IStringLocalizer<MemberProgrammeResource> MemberProgrammeText { get; set; } = default!;

    [Inject] private IStringLocalizer<ProgrammeResource> ProgrammeText { get; set; } = default!;

    [Inject] private IStringLocalizer<ManageResource> ManageText { get; set; } = default!;

    [Inject] private IStringLocalizer<SharedResource> SharedText { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var choices = await Applications.ChoicesAsync(await AuthState.ActorAsync());
        _choice = choices.FirstOrDefault(c => string.Equals(c.Programme.Slug, Slug, StringComparison.OrdinalIgnoreCase));
        // One input per seat the programme gives a group.
        if (_choice is not null && _attendees.Length != _choice.Programme.SeatsPerGroup) _attendees = new string[Math.Max(1, _choice.Programme.SeatsPerGroup)];
        _loaded = true;
    }

    private void SetMotivation(string? value)
    {
        _input.Motivation = value;
        _errors.Remove("motivation");
    }

    private void SetNeeds(string? value)
    {
        _input.Needs = value;
        _errors.Remove("needs");
    }

    private void SetAttendee(int index, string? value)
    {
        _attendees[index] = value ?? "";
        _errors.Remove("attendees");
    }

    private void SetZakat(bool value)
    {
        _input.ZakatDeclared = value;
        _errors.Remove("zakatDeclared");
    }

    private async Task SendAsync()
    {
        _busy = true;
        _summary = null;
        _conflict = null;
        _input.Attendees = [.. _attendees.Select(a => a ?? "")];
        try
        {
            await Applications.ApplyAsync(await AuthState.ActorAsync(), Slug, _input);
            Snackbar.Add(MemberProgrammeText["Sent"], Severity.Success);
            Navigation.NavigateTo(ManagePaths.Programmes);
            return;
        }
        catch (ValidationException e)
        {
            _errors = e.Errors.ToDictionary();
            _summary = e.Errors.Count == 1 && e.Errors.ContainsKey("programme") ? e.Message : MemberProgrammeText["CheckMarked"];
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

        StateHasChanged();
        await _alerts.FocusAsync();
    }
}
