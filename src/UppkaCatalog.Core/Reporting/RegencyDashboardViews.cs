using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Core.Reporting;

/// <summary>
/// A regency's (or the province's) figures on the staff dashboard. Only active groups count; "online" is a group with
/// a member account (an accepted invitation); inquiries are the last 30 days' without spam; booths are accepted booths
/// at exhibitions open now.
/// <paramref name="VerifiedProducts"/>: published products with at least one permit staff verified (issue 16).
/// </summary>
public sealed record DashboardFigures(int Groups, int Online, int WithPublishedProducts, int PublishedProducts, int Inquiries30d, int CurrentBooths,
    int VerifiedProducts = 0)
{
    public static readonly DashboardFigures Zero = new(0, 0, 0, 0, 0, 0, 0);

    public DashboardFigures Plus(DashboardFigures o) => new(Groups + o.Groups, Online + o.Online, WithPublishedProducts + o.WithPublishedProducts,
        PublishedProducts + o.PublishedProducts, Inquiries30d + o.Inquiries30d, CurrentBooths + o.CurrentBooths, VerifiedProducts + o.VerifiedProducts);
}

/// <summary>One row of the table: a regency or city of the reference data, with zeros when it has no groups.</summary>
public sealed record RegencyDashboardRow(string Code, string Name, DashboardFigures Figures);

/// <summary>Every regency in BPS code order and their sum.</summary>
public sealed record RegencyTable(IReadOnlyList<RegencyDashboardRow> Regencies, DashboardFigures Totals);

/// <summary>The first <see cref="Items"/> of a needing-help list and how many there are in all.</summary>
public sealed record HelpList<T>(int Total, IReadOnlyList<T> Items);

/// <summary>Online since <see cref="OnlineSince"/> (the first accepted invitation or member account) and still nothing published.</summary>
public sealed record GroupNotPublishing(int GroupId, string GroupName, string RegencyName, DateTimeOffset OnlineSince);

/// <summary>A product staff rejected <see cref="Rejections"/> times that is still not published; <see cref="UpdatedAt"/>: its last change.</summary>
public sealed record ProductRejectedTwice(int ProductId, string ProductName, ProductStatus Status, int GroupId, string GroupName, string RegencyName,
    int Rejections, DateTimeOffset UpdatedAt);

/// <summary>A group with <see cref="Count"/> inquiries still open (not marked handled) a week or more after they came.</summary>
public sealed record GroupWithUnansweredInquiries(int GroupId, string GroupName, string RegencyName, int Count, DateTimeOffset OldestAt);

/// <summary>An exhibition open now, whose accepted booths the booth column counts.</summary>
public sealed record CurrentExhibition(int Id, string Title, DateTimeOffset EndsAt);

/// <summary>The staff landing page: figures per regency and in total, exhibitions open now, and the groups needing help.</summary>
public sealed record RegencyDashboard(
    DateTimeOffset At,
    RegencyTable Figures,
    IReadOnlyList<CurrentExhibition> CurrentExhibitions,
    HelpList<GroupNotPublishing> NotPublishing,
    HelpList<ProductRejectedTwice> RejectedTwice,
    HelpList<GroupWithUnansweredInquiries> Unanswered);
