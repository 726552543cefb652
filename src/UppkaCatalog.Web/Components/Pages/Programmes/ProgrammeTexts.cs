using Microsoft.Extensions.Localization;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Components.Pages.Programmes;

/// <summary>How the public programme pages name a programme's kind and where its application window stands, in WIB.</summary>
public static class ProgrammeTexts
{
    public static string Kind(ProgrammeKind kind, IStringLocalizer<ProgrammeResource> programmeText) => programmeText["Kind" + kind];

    /// <summary>
    /// "Pendaftaran dibuka s.d. 27 Desember 2026" (a close at midnight WIB is read as the end of the day before),
    /// "Pendaftaran mulai 1 Januari 2027" while upcoming, or that applications are closed / the programme has finished.
    /// </summary>
    public static string Window(ProgrammeView p, IStringLocalizer<ProgrammeResource> programmeText) => p.Window switch
    {
        ApplicationWindow.Open => programmeText["OpenUntil", Moment(p.ApplicationClosesAt, endOfDay: true)],
        ApplicationWindow.Upcoming => programmeText["OpensOn", Moment(p.ApplicationOpensAt, endOfDay: false)],
        _ => p.Status == ProgrammeStatus.Finished ? programmeText["Finished"] : programmeText["Closed"],
    };

    /// <summary>A date alone at midnight WIB (for a close, the day before), else the date and time.</summary>
    private static string Moment(DateTimeOffset moment, bool endOfDay) => moment.ToWib().TimeOfDay != TimeSpan.Zero
        ? WibDates.DateTime(moment)
        : WibDates.Date(endOfDay ? moment.AddDays(-1) : moment);
}
