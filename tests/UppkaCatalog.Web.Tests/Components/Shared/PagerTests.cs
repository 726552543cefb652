using Bunit;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Shared;

public sealed class PagerTests : ComponentTest
{
    private static readonly Func<int, string> Url = p => $"/katalog?halaman={p}";

    [Fact]
    public void Middle_page_links_to_the_previous_and_next_pages_with_rel()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<Pager>(p => p.Add(x => x.Page, 2).Add(x => x.PageCount, 3).Add(x => x.UrlFor, Url));

        Assert.Equal("/katalog?halaman=1", cut.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/katalog?halaman=3", cut.Find("a[rel=next]").GetAttribute("href"));
        Assert.Equal("Halaman 2 dari 3", cut.Find("[aria-current=page]").TextContent);
        Assert.Equal("Halaman", cut.Find("nav.pager").GetAttribute("aria-label"));
    }

    [Fact]
    public void First_page_has_no_previous_link()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<Pager>(p => p.Add(x => x.Page, 1).Add(x => x.PageCount, 3).Add(x => x.UrlFor, Url));

        Assert.Empty(cut.FindAll("a[rel=prev]"));
        Assert.Equal("/katalog?halaman=2", cut.Find("a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void Last_page_has_no_next_link()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<Pager>(p => p.Add(x => x.Page, 3).Add(x => x.PageCount, 3).Add(x => x.UrlFor, Url));

        Assert.Empty(cut.FindAll("a[rel=next]"));
        Assert.Equal("/katalog?halaman=2", cut.Find("a[rel=prev]").GetAttribute("href"));
    }

    [Fact]
    public void Pager_is_hidden_when_there_is_only_one_page()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<Pager>(p => p.Add(x => x.Page, 1).Add(x => x.PageCount, 1).Add(x => x.UrlFor, Url));

        Assert.Equal("", cut.Markup.Trim());
    }

    [Fact]
    public void Pager_uses_the_callers_url_for_each_page()
    {
        using var _ = new CultureScope("en-US");

        var cut = Render<Pager>(p => p.Add(x => x.Page, 4).Add(x => x.PageCount, 9)
            .Add(x => x.UrlFor, n => $"/katalog?q=kopi&halaman={n}"));

        Assert.Equal("/katalog?q=kopi&halaman=5", cut.Find("a[rel=next]").GetAttribute("href"));
        Assert.Equal("Page 4 of 9", cut.Find("[aria-current=page]").TextContent);
    }
}
