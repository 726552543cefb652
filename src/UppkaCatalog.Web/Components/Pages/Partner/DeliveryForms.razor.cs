using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Components.Shared;

namespace UppkaCatalog.Web.Components.Pages.Partner;

public partial class DeliveryForms
{
    private readonly DeliveryDraft _attendance = new(DeliveryKind.Attendance);
    private readonly DeliveryDraft _equipment = new(DeliveryKind.Equipment) { Quantity = 1 };
    private readonly DeliveryDraft _capital = new(DeliveryKind.Capital);
    private readonly DeliveryDraft _certificate = new(DeliveryKind.Certificate);
    private IBrowserFile? _photo;
    // A new key gives a fresh file input after a save, so the same photo can be chosen again.
    private int _photoInputKey;
    private DeliveryKind _kind;
    private bool _busy;

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    [Parameter, EditorRequired] public int ApplicationId { get; set; }

    /// <summary>The attendees the application names: the attendance tab offers them as checkboxes.</summary>
    [Parameter] public IReadOnlyList<string> Attendees { get; set; } = [];

    [Parameter] public IReadOnlyList<DeliverySession> Sessions { get; set; } = [];

    /// <summary>The kind chosen first: what the programme mostly delivers.</summary>
    [Parameter] public ProgrammeKind ProgrammeKind { get; set; }

    /// <summary>After a delivery is recorded: the page reloads its list.</summary>
    [Parameter] public EventCallback<DeliveryView> OnRecorded { get; set; }

    private IEnumerable<(int?, string)> SessionOptions =>
        Sessions.Select(s => ((int?)s.Id, DeliveryText["SessionOf", $"{WibDates.DateTime(s.StartsAt)} · {s.Place}"].Value));

    protected override void OnInitialized()
    {
        _kind = ProgrammeKind switch
        {
            ProgrammeKind.EquipmentAid => DeliveryKind.Equipment,
            ProgrammeKind.Capital => DeliveryKind.Capital,
            ProgrammeKind.Certification => DeliveryKind.Certificate,
            _ => DeliveryKind.Attendance,
        };
        var today = Wib.DayOf(Time.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var draft in new[] { _attendance, _equipment, _capital, _certificate }) draft.Date = today;
        // The session under way or next is the likeliest one to record; the first when all are past.
        _attendance.SessionId = (Sessions.FirstOrDefault(s => s.EndsAt > Time.GetUtcNow()) ?? Sessions.FirstOrDefault())?.Id;
        _attendance.Present.UnionWith(Attendees);
    }

    private void Toggle(string name, bool on)
    {
        if (on) _attendance.Present.Add(name);
        else _attendance.Present.Remove(name);
    }

    private void PhotoChosen(IBrowserFile? file)
    {
        _photo = file;
        _equipment.Errors.Remove("photo");
        // The cap before anything is read: the pipeline's own message, as it would give it after the upload.
        if (file is { Size: > ImagePipeline.MaxBytes })
        {
            _equipment.Errors["photo"] = ServiceMessages.PhotoTooManyBytes;
            _photo = null;
        }
    }

    private void ClearPhoto()
    {
        _photo = null;
        _photoInputKey++;
        _equipment.Errors.Remove("photo");
    }

    private Task SaveAttendanceAsync()
    {
        var others = (_attendance.OtherNames ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // The application's order first, then the names typed.
        var names = Attendees.Where(_attendance.Present.Contains).Concat(others).ToList();
        return SaveAsync(_attendance, input =>
        {
            input.SessionId = _attendance.SessionId;
            input.Attendees = names;
        }, () => _attendance.OtherNames = null);
    }

    private Task SaveEquipmentAsync() => SaveAsync(_equipment, input =>
    {
        input.Item = _equipment.Item;
        input.Quantity = _equipment.Quantity;
    }, () =>
    {
        _equipment.Item = null;
        _equipment.Quantity = 1;
        _equipment.Rupiah = null;
        ClearPhoto();
    }, withPhoto: true);

    private Task SaveCapitalAsync() => SaveAsync(_capital, input =>
    {
        input.Item = _capital.Item;
        input.Detail = _capital.Detail;
    }, () => (_capital.Item, _capital.Rupiah, _capital.Detail) = (null, null, null));

    private Task SaveCertificateAsync() => SaveAsync(_certificate, input =>
    {
        input.Item = _certificate.Item;
        input.Detail = _certificate.Detail;
    }, () => (_certificate.Item, _certificate.Detail) = (null, null));

    /// <summary>
    /// Reads what the form can (date and rupiah as typed), lets the service judge the rest, and keeps every value on a
    /// refusal; after a save only the fields of the thing recorded are cleared (the date stays for the next one).
    /// </summary>
    private async Task SaveAsync(DeliveryDraft draft, Action<DeliveryInput> fill, Action clear, bool withPhoto = false)
    {
        var unread = new Dictionary<string, string>();
        var input = new DeliveryInput { Kind = draft.Kind, Date = draft.ParsedDate() };
        if (!string.IsNullOrWhiteSpace(draft.Date) && input.Date is null) unread["date"] = DeliveryText["DateHelp"];
        if (!string.IsNullOrWhiteSpace(draft.Rupiah))
        {
            if (Rupiah.TryParse(draft.Rupiah, out var amount)) input.Rupiah = amount;
            else unread["rupiah"] = DeliveryText["RupiahUnreadable"];
        }

        fill(input);
        if (withPhoto && draft.Errors.TryGetValue("photo", out var photoError) && _photo is null) unread["photo"] = photoError;
        if (unread.Count > 0)
        {
            draft.Refused(unread, DeliveryText["FixFields"]);
            return;
        }

        _busy = true;
        try
        {
            DeliveryView recorded;
            if (withPhoto && _photo is { } file)
            {
                // The browser's stream reads only asynchronously and the pipeline reads synchronously: copied first, at most
                // the pipeline's cap (a larger file throws IOException here, before anything is decoded).
                using var buffer = new MemoryStream();
                await using (var stream = file.OpenReadStream(ImagePipeline.MaxBytes)) await stream.CopyToAsync(buffer);
                buffer.Position = 0;
                recorded = await Deliveries.RecordAsync(Actor, ApplicationId, input, buffer);
            }
            else
            {
                recorded = await Deliveries.RecordAsync(Actor, ApplicationId, input);
            }

            draft.Errors.Clear();
            draft.Summary = null;
            clear();
            Snackbar.Add(DeliveryText["Recorded", DeliveryText["Kind" + recorded.Kind]], Severity.Success);
            await OnRecorded.InvokeAsync(recorded);
        }
        catch (ValidationException e)
        {
            draft.Refused(e.Errors, e.Message);
        }
        catch (IOException)
        {
            // The browser's file went away (or grew past the cap) while it was read.
            draft.Refused(new Dictionary<string, string> { ["photo"] = ServiceMessages.PhotoTooManyBytes }, ServiceMessages.PhotoTooManyBytes);
        }
        finally
        {
            _busy = false;
        }
    }
}

/// <summary>One tab's input as typed, with the messages of its last refusal.</summary>
internal sealed class DeliveryDraft(DeliveryKind kind)
{
    // The fields each tab shows; a message for any other key goes into the summary above the form.
    private static readonly HashSet<string> Shown = ["date", "sessionId", "attendees", "item", "quantity", "rupiah", "detail", "photo"];

    public DeliveryKind Kind { get; } = kind;

    public string? Date { get; set; }

    public int? SessionId { get; set; }

    public HashSet<string> Present { get; } = [];

    public string? OtherNames { get; set; }

    public string? Item { get; set; }

    public int? Quantity { get; set; }

    public string? Rupiah { get; set; }

    public string? Detail { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public string? Summary { get; set; }

    public bool Has(string field) => Errors.ContainsKey(field);

    public string? Message(string field) => Errors.GetValueOrDefault(field);

    public DateOnly? ParsedDate() =>
        DateOnly.TryParseExact(Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    public void Refused(IReadOnlyDictionary<string, string> errors, string message)
    {
        Errors.Clear();
        foreach (var (field, text) in errors) Errors[field] = text;
        var elsewhere = errors.Where(e => !Shown.Contains(e.Key)).Select(e => e.Value).ToList();
        Summary = elsewhere.Count > 0 ? string.Join(" ", elsewhere) : message;
    }
}
