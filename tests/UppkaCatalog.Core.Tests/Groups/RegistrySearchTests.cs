using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Groups;

/// <summary>The registry list: search, filters, sorts and paging, in SQL over a seeded database (read only: the world is shared).</summary>
public sealed class RegistrySearchTests(RegistryWorld w) : IClassFixture<RegistryWorld>
{
    private const int All = RegistryWorld.NamedGroups + RegistryWorld.FillerGroups;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<RegistryPage> SearchAsync(RegistryQuery query) => w.Registry.SearchAsync(w.Staff, query, Ct);

    private async Task<List<string>> NamesAsync(RegistryQuery query) => (await SearchAsync(query)).Rows.Items.Select(r => r.Name).ToList();

    [Fact]
    public async Task Without_filters_every_group_is_counted_and_the_first_page_holds_25_by_name()
    {
        var page = await SearchAsync(new RegistryQuery());

        Assert.Equal(All, page.Rows.TotalCount);
        Assert.Equal((1, 25, 2), (page.Rows.Page, page.Rows.PageSize, page.Rows.PageCount));
        Assert.Equal(25, page.Rows.Items.Count);
        Assert.Equal(page.Rows.Items.Select(r => r.Name).Order(StringComparer.Ordinal), page.Rows.Items.Select(r => r.Name));
        Assert.Empty(page.Unknown);
    }

    [Fact]
    public async Task The_second_page_continues_without_overlap_and_a_page_past_the_end_is_the_last()
    {
        var first = await SearchAsync(new RegistryQuery());
        var second = await SearchAsync(new RegistryQuery { Page = 2 });
        var beyond = await SearchAsync(new RegistryQuery { Page = 99 });

        Assert.Equal(All - 25, second.Rows.Items.Count);
        Assert.Empty(first.Rows.Items.Select(r => r.Id).Intersect(second.Rows.Items.Select(r => r.Id)));
        Assert.Equal(All, first.Rows.Items.Concat(second.Rows.Items).Select(r => r.Id).Distinct().Count());
        Assert.Equal(2, beyond.Applied.Page);
        Assert.Equal(second.Rows.Items.Select(r => r.Id), beyond.Rows.Items.Select(r => r.Id));
    }

    [Theory]
    [InlineData("anggrek")]
    [InlineData("  ANGGREK ")]
    [InlineData("ggre")]
    [InlineData("15.05/uppka/001")]
    public async Task Text_finds_a_part_of_the_name_or_of_the_registration_number_in_any_case(string text)
    {
        Assert.Equal(["UPPKA Anggrek"], await NamesAsync(new RegistryQuery { Text = text }));
    }

    [Fact]
    public async Task Text_matches_part_of_every_registration_number_it_is_in()
    {
        Assert.Equal(["UPPKA Cempaka", "UPPKA Dahlia"], await NamesAsync(new RegistryQuery { Text = "15.71/" }));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("UPPKA_A")]
    public async Task Wildcards_in_the_text_are_plain_characters(string text)
    {
        Assert.Equal(0, (await SearchAsync(new RegistryQuery { Text = text })).Rows.TotalCount);
    }

    [Theory]
    [InlineData("1571")]
    [InlineData("Kota Jambi")]
    [InlineData("kota jambi")]
    public async Task Regency_by_BPS_code_or_name(string regency)
    {
        var page = await SearchAsync(new RegistryQuery { Regency = regency });

        Assert.Equal(["UPPKA Cempaka", "UPPKA Dahlia"], page.Rows.Items.Select(r => r.Name));
        Assert.Equal("1571", page.Applied.Regency);
        Assert.All(page.Rows.Items, r => Assert.Equal(("1571", "Kota Jambi"), (r.RegencyCode, r.RegencyName)));
    }

    [Fact]
    public async Task Kabupaten_spelled_short_is_the_regency()
    {
        Assert.Equal(["UPPKA Anggrek", "UPPKA Bakung"], await NamesAsync(new RegistryQuery { Regency = "Kab. Muaro Jambi" }));
    }

    [Theory]
    [InlineData("Makanan Olahan")]
    [InlineData("makanan-olahan")]
    [InlineData("FoodProcessing")]
    [InlineData("food processing")]
    public async Task Sector_by_name_loosely(string sector)
    {
        var page = await SearchAsync(new RegistryQuery { Sector = sector });

        Assert.Equal(["UPPKA Anggrek", "UPPKA Cempaka"], page.Rows.Items.Select(r => r.Name));
        Assert.Equal(nameof(BusinessSector.FoodProcessing), page.Applied.Sector);
    }

    [Fact]
    public async Task Stage_by_name_and_sector_and_regency_together()
    {
        Assert.Equal(["UPPKA Anggrek", "UPPKA Kenanga"], await NamesAsync(new RegistryQuery { Stage = "dasar" }));
        Assert.Equal(["UPPKA Anggrek"], await NamesAsync(new RegistryQuery { Stage = "Dasar", Regency = "1505", Sector = "makanan olahan" }));
        Assert.Equal(["UPPKA Cempaka"], await NamesAsync(new RegistryQuery { Stage = "Mandiri" }));
    }

    [Fact]
    public async Task Online_means_an_accepted_invitation()
    {
        Assert.Equal(["UPPKA Anggrek", "UPPKA Dahlia"], await NamesAsync(new RegistryQuery { Online = true }));
        Assert.Equal(All - 2, (await SearchAsync(new RegistryQuery { Online = false })).Rows.TotalCount);
        // An invitation still out, or expired, is not "online"; neither is never invited.
        Assert.Equal(["UPPKA Bakung", "UPPKA Cempaka", "UPPKA Kenanga"], await NamesAsync(new RegistryQuery { Online = false, Text = "UPPKA" }));
    }

    [Fact]
    public async Task Has_published_products_counts_published_ones_only()
    {
        Assert.Equal(["UPPKA Anggrek", "UPPKA Cempaka", "UPPKA Dahlia"], await NamesAsync(new RegistryQuery { HasPublishedProducts = true }));
        Assert.Equal(All - 3, (await SearchAsync(new RegistryQuery { HasPublishedProducts = false })).Rows.TotalCount);
    }

    [Fact]
    public async Task Active_and_inactive_are_filters_and_both_are_listed_by_default()
    {
        Assert.Equal(["UPPKA Cempaka"], await NamesAsync(new RegistryQuery { Active = false }));
        Assert.Equal(All - 1, (await SearchAsync(new RegistryQuery { Active = true })).Rows.TotalCount);
        var cempaka = (await SearchAsync(new RegistryQuery { Text = "Cempaka" })).Rows.Items.Single();
        Assert.False(cempaka.IsActive);
    }

    [Fact]
    public async Task Unknown_regency_sector_and_stage_are_named_and_left_out_of_the_search()
    {
        var page = await SearchAsync(new RegistryQuery { Regency = "Atlantis", Sector = "Tambang", Stage = "Super", Text = "UPPKA" });

        Assert.Equal(["regency", "sector", "stage"], page.Unknown.Keys.Order());
        Assert.Contains("Atlantis", page.Unknown["regency"]);
        Assert.Contains("Makanan Olahan", page.Unknown["sector"]);
        Assert.Contains("Berkembang", page.Unknown["stage"]);
        Assert.Equal((null, null, null), (page.Applied.Regency, page.Applied.Sector, page.Applied.Stage));
        Assert.Equal(RegistryWorld.NamedGroups, page.Rows.TotalCount);
    }

    [Fact]
    public async Task Unknown_values_are_named_in_English_for_an_English_reader()
    {
        using var culture = new CultureScope(new System.Globalization.CultureInfo("en-US"));

        var page = await SearchAsync(new RegistryQuery { Sector = "Tambang" });

        Assert.StartsWith("Business sector \"Tambang\" is unknown", page.Unknown["sector"]);
        Assert.Contains("Food processing", page.Unknown["sector"]);
    }

    [Fact]
    public async Task Sorted_by_name_descending()
    {
        var names = await NamesAsync(new RegistryQuery { Text = "UPPKA", Descending = true });

        Assert.Equal(["UPPKA Kenanga", "UPPKA Dahlia", "UPPKA Cempaka", "UPPKA Bakung", "UPPKA Anggrek"], names);
    }

    [Fact]
    public async Task Sorted_by_regency_name_then_group_name()
    {
        var names = await NamesAsync(new RegistryQuery { Text = "UPPKA", Sort = RegistrySort.Regency });

        // Kabupaten Kerinci, Kabupaten Muaro Jambi, Kota Jambi.
        Assert.Equal(["UPPKA Kenanga", "UPPKA Anggrek", "UPPKA Bakung", "UPPKA Cempaka", "UPPKA Dahlia"], names);
    }

    [Fact]
    public async Task Sorted_by_registration_number()
    {
        var page = await SearchAsync(new RegistryQuery { Sort = RegistrySort.RegistrationNumber });

        var numbers = page.Rows.Items.Select(r => r.RegistrationNumber).ToList();
        Assert.Equal(numbers.Order(StringComparer.Ordinal), numbers);
        Assert.Equal("15.01/KLP/001", numbers[0]);
    }

    [Fact]
    public async Task Sorted_by_published_products_most_first_with_the_counts_on_the_rows()
    {
        var rows = (await SearchAsync(new RegistryQuery { Sort = RegistrySort.PublishedProducts, Descending = true })).Rows.Items;

        Assert.Equal([("UPPKA Dahlia", 3), ("UPPKA Anggrek", 2), ("UPPKA Cempaka", 1)], rows.Take(3).Select(r => (r.Name, r.PublishedProducts)));
        Assert.All(rows.Skip(3), r => Assert.Equal(0, r.PublishedProducts));
    }

    [Fact]
    public async Task Sorted_by_online_since_with_groups_never_online_last_either_way()
    {
        var up = await NamesAsync(new RegistryQuery { Sort = RegistrySort.OnlineSince, Text = "UPPKA" });
        var down = await NamesAsync(new RegistryQuery { Sort = RegistrySort.OnlineSince, Text = "UPPKA", Descending = true });

        Assert.Equal(["UPPKA Dahlia", "UPPKA Anggrek"], up.Take(2));
        Assert.Equal(["UPPKA Anggrek", "UPPKA Dahlia"], down.Take(2));
        Assert.Equal(["UPPKA Bakung", "UPPKA Cempaka", "UPPKA Kenanga"], up.Skip(2));
        Assert.Equal(["UPPKA Bakung", "UPPKA Cempaka", "UPPKA Kenanga"], down.Skip(2));
    }

    [Fact]
    public async Task Each_row_carries_its_invitation_status()
    {
        var rows = (await SearchAsync(new RegistryQuery { Text = "UPPKA" })).Rows.Items.ToDictionary(r => r.Name);
        var now = w.Now;

        Assert.Equal(new InvitationStatus(InvitationState.Accepted, now.AddDays(-12), now.AddDays(-5), now.AddDays(-10)), rows["UPPKA Anggrek"].Invitation);
        Assert.True(rows["UPPKA Anggrek"].Online);
        Assert.Equal(new InvitationStatus(InvitationState.Invited, now.AddDays(-1), now.AddDays(6), null), rows["UPPKA Bakung"].Invitation);
        Assert.False(rows["UPPKA Bakung"].Online);
        Assert.Equal(InvitationStatus.None, rows["UPPKA Cempaka"].Invitation);
        Assert.Equal(new InvitationStatus(InvitationState.Expired, now.AddDays(-30), now.AddDays(-23), null), rows["UPPKA Kenanga"].Invitation);
    }

    [Fact]
    public async Task Rows_carry_no_leader_data()
    {
        Assert.DoesNotContain(typeof(RegistryRow).GetProperties(), p => p.Name.Contains("Leader", StringComparison.Ordinal));
        var row = (await SearchAsync(new RegistryQuery { Text = "Anggrek" })).Rows.Items.Single();
        Assert.DoesNotContain("Ketua", row.ToString());
    }

    [Fact]
    public async Task A_member_may_not_search_the_registry()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Registry.SearchAsync(w.Member, new RegistryQuery(), Ct));
    }
}
