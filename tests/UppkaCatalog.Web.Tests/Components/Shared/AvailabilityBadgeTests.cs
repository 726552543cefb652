using Bunit;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Shared;

public sealed class AvailabilityBadgeTests : ComponentTest
{
    [Theory]
    [InlineData(Availability.Ready, null, "Siap kirim", "badge--ready")]
    [InlineData(Availability.PreOrder, 5, "Pre-order 5 hari", "badge--preorder")]
    [InlineData(Availability.PreOrder, 14, "Pre-order 14 hari", "badge--preorder")]
    [InlineData(Availability.OutOfStock, null, "Stok habis", "badge--outofstock")]
    public void Badge_says_the_availability_in_Indonesian(Availability availability, int? days, string text, string cssClass)
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<AvailabilityBadge>(p => p.Add(x => x.Availability, availability).Add(x => x.PreOrderDays, days));

        var badge = cut.Find("span.badge");
        Assert.Equal(text, badge.TextContent);
        Assert.Contains(cssClass, badge.ClassList);
    }

    [Theory]
    [InlineData(Availability.Ready, null, "Ready")]
    [InlineData(Availability.PreOrder, 5, "Pre-order, 5 days")]
    [InlineData(Availability.OutOfStock, null, "Out of stock")]
    public void Badge_says_the_availability_in_English_when_the_visitor_chose_English(Availability availability, int? days, string text)
    {
        using var _ = new CultureScope("en-US");

        var cut = Render<AvailabilityBadge>(p => p.Add(x => x.Availability, availability).Add(x => x.PreOrderDays, days));

        Assert.Equal(text, cut.Find("span.badge").TextContent);
    }
}
