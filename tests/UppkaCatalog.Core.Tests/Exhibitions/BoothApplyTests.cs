using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>Applying for a booth: the registration window (to the second, in WIB) and every refusal, none of which writes anything.</summary>
public sealed class BoothApplyTests(BoothWorld w) : IClassFixture<BoothWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Applying_makes_an_application_without_hall_or_number_with_products_in_the_given_order_and_an_audit_entry()
    {
        var id = await w.ExhibitionAsync();
        var input = new BoothInput
        {
            Tagline = "  Camilan renyah dari Sengeti  ",
            Products = [new(w.ProductsA[2], 20_000), new(w.ProductsA[0]), new(w.ProductsA[1], 24_999)],
        };

        var view = await w.Booths.ApplyAsync(w.MemberA, id, input, await w.SeenAsync(id, w.MemberA), Ct);

        var booth = await w.BoothAsync(id, w.World.GroupA.Id);
        Assert.Equal(BoothStatus.Applied, booth.Status);
        Assert.Null(booth.HallId);
        Assert.Null(booth.Number);
        Assert.Equal("Camilan renyah dari Sengeti", booth.Tagline);
        Assert.Equal(w.Now, booth.AppliedAt);
        Assert.Equal(
            [(w.ProductsA[2], 0, 20_000L), (w.ProductsA[0], 1, (long?)null), (w.ProductsA[1], 2, 24_999L)],
            booth.Products.Select(p => (p.ProductId, p.SortOrder, p.ExhibitionPrice)).ToArray());
        Assert.Equal(["booth.apply"], await w.AuditActionsAsync(booth.Id));
        Assert.Equal(BoothStatus.Applied, view.Booth!.Status);
        Assert.True(view.CanEdit);
        Assert.False(view.CanApply);
    }

    [Fact]
    public async Task Registration_closing_at_midnight_WIB_takes_an_application_at_165959_UTC_and_refuses_one_at_170000_UTC()
    {
        // Closing at 00:00 WIB on a day is 17:00 UTC the day before.
        var closesDay = Wib.DayOf(w.Now).AddDays(3);
        var closes = Wib.StartOf(closesDay);
        Assert.Equal(new TimeOnly(17, 0), TimeOnly.FromTimeSpan(closes.UtcDateTime.TimeOfDay));
        var first = await w.ExhibitionAsync(closes: closes);
        var second = await w.ExhibitionAsync(closes: closes);

        w.SetNow(closes.AddSeconds(-1));
        await w.Booths.ApplyAsync(w.MemberA, first, w.Input(), await w.SeenAsync(first, w.MemberA), Ct);

        w.SetNow(closes);
        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, second, w.Input(), await w.SeenAsync(second, w.MemberA), Ct));
        Assert.Equal("registration", Assert.Single(refusal.Errors).Key);
        Assert.Contains("sudah ditutup", refusal.Message, StringComparison.Ordinal);
        Assert.Contains($"{closesDay.Day} ", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("pukul 00.00 WIB", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_opening_at_midnight_WIB_refuses_a_second_before_and_says_when_it_opens()
    {
        var opensDay = Wib.DayOf(w.Now).AddDays(2);
        var opens = Wib.StartOf(opensDay);
        var id = await w.ExhibitionAsync(opens: opens, closes: opens.AddDays(5), starts: opens.AddDays(10), ends: opens.AddDays(12));

        w.SetNow(opens.AddSeconds(-1));
        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), await w.SeenAsync(id, w.MemberA), Ct));
        Assert.Contains("belum dibuka", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(opens.ToOffset(Wib.Offset).ToString("d MMMM yyyy 'pukul' HH.mm", System.Globalization.CultureInfo.GetCultureInfo("id-ID")) + " WIB", refusal.Message, StringComparison.Ordinal);

        w.SetNow(opens);
        var view = await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), await w.SeenAsync(id, w.MemberA), Ct);
        Assert.Equal(BoothStatus.Applied, view.Booth!.Status);
    }

    [Fact]
    public async Task An_exhibition_without_registration_bounds_takes_applications()
    {
        var id = await w.ExhibitionAsync(noRegistrationBounds: true);

        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), await w.SeenAsync(id, w.MemberA), Ct);

        Assert.Equal(BoothStatus.Applied, (await w.BoothAsync(id, w.World.GroupA.Id)).Status);
    }

    [Fact]
    public async Task Another_groups_product_is_refused_exactly_as_a_product_that_does_not_exist()
    {
        var id = await w.ExhibitionAsync();
        var foreign = new BoothInput { Tagline = "Slogan", Products = [new(w.ProductsA[0]), new(w.ProductsB[0])] };
        var missing = new BoothInput { Tagline = "Slogan", Products = [new(w.ProductsA[0]), new(999_999)] };

        var refusedForeign = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, foreign, await w.SeenAsync(id, w.MemberA), Ct));
        var refusedMissing = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, missing, await w.SeenAsync(id, w.MemberA), Ct));

        Assert.Equal(refusedMissing.Errors, refusedForeign.Errors);
        Assert.Equal("products[1].productId", Assert.Single(refusedForeign.Errors).Key);
        Assert.DoesNotContain("Produk b-01", refusedForeign.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_product_that_is_not_published_is_refused()
    {
        var id = await w.ExhibitionAsync();
        var input = new BoothInput { Tagline = "Slogan", Products = [new(w.ProductsA[0]), new(w.DraftA)] };

        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, input, await w.SeenAsync(id, w.MemberA), Ct));

        Assert.Contains("belum tayang", Assert.Single(refusal.Errors, e => e.Key == "products[1].productId").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thirteen_products_are_refused_and_twelve_are_taken()
    {
        var id = await w.ExhibitionAsync();

        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, w.Input(13), await w.SeenAsync(id, w.MemberA), Ct));
        Assert.Contains("Paling banyak 12 produk", refusal.Errors["products"], StringComparison.Ordinal);

        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(12), await w.SeenAsync(id, w.MemberA), Ct);
        Assert.Equal(12, (await w.BoothAsync(id, w.World.GroupA.Id)).Products.Count);
    }

    [Fact]
    public async Task No_products_and_a_duplicate_product_are_refused()
    {
        var id = await w.ExhibitionAsync();
        var duplicate = new BoothInput { Tagline = "Slogan", Products = [new(w.ProductsA[0]), new(w.ProductsA[1]), new(w.ProductsA[0], 1_000)] };

        var none = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, w.Input(0), await w.SeenAsync(id, w.MemberA), Ct));
        var twice = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, duplicate, await w.SeenAsync(id, w.MemberA), Ct));

        Assert.Equal("products", Assert.Single(none.Errors).Key);
        Assert.Equal("products[2].productId", Assert.Single(twice.Errors).Key);
    }

    [Theory]
    [InlineData(BoothWorld.NormalPrice)]
    [InlineData(BoothWorld.NormalPrice + 1)]
    [InlineData(0L)]
    [InlineData(-5_000L)]
    public async Task An_exhibition_price_not_between_zero_and_the_normal_price_is_refused(long price)
    {
        var id = await w.ExhibitionAsync();
        var input = new BoothInput { Tagline = "Slogan", Products = [new(w.ProductsA[0], 10_000), new(w.ProductsA[1], price)] };

        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, input, await w.SeenAsync(id, w.MemberA), Ct));

        var message = Assert.Single(refusal.Errors, e => e.Key == "products[1].exhibitionPrice").Value;
        Assert.Contains(price > 0 ? "di bawah harga biasa Rp 25.000" : "lebih dari Rp 0", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("    ")]
    [InlineData(null)]
    public async Task A_missing_tagline_is_refused(string? tagline)
    {
        var id = await w.ExhibitionAsync();

        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, w.Input() with { Tagline = tagline }, await w.SeenAsync(id, w.MemberA), Ct));

        Assert.Equal("tagline", Assert.Single(refusal.Errors).Key);
    }

    [Fact]
    public async Task A_tagline_of_200_characters_is_taken_after_trimming_and_201_is_refused()
    {
        var id = await w.ExhibitionAsync();

        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, w.Input(tagline: new string('a', 201)), await w.SeenAsync(id, w.MemberA), Ct));
        Assert.Contains("paling banyak 200 huruf", refusal.Errors["tagline"], StringComparison.Ordinal);

        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(tagline: "  " + new string('a', 200) + " "), await w.SeenAsync(id, w.MemberA), Ct);
        Assert.Equal(200, (await w.BoothAsync(id, w.World.GroupA.Id)).Tagline.Length);
    }

    [Fact]
    public async Task A_draft_exhibition_is_not_found_and_an_archived_one_is_closed()
    {
        var draft = await w.ExhibitionAsync(status: ExhibitionStatus.Draft);
        var archived = await w.ExhibitionAsync(status: ExhibitionStatus.Archived);

        await w.RefusedAsync<NotFoundException>(async () => await w.Booths.ApplyAsync(w.MemberA, draft, w.Input(), await w.SeenAsync(draft, w.MemberA), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Booths.GetAsync(w.MemberA, draft, Ct));
        var closed = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, archived, w.Input(), await w.SeenAsync(archived, w.MemberA), Ct));
        Assert.Contains("sudah ditutup", closed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applying_twice_is_refused()
    {
        var id = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), await w.SeenAsync(id, w.MemberA), Ct);

        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, w.Input(3), await w.SeenAsync(id, w.MemberA), Ct));

        Assert.Contains("sudah mengajukan", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_refusals_at_once_are_all_named_by_field()
    {
        var id = await w.ExhibitionAsync();
        var input = new BoothInput { Tagline = "", Products = [new(w.ProductsA[0], 30_000), new(w.DraftA)] };

        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, id, input, await w.SeenAsync(id, w.MemberA), Ct));

        Assert.Equal(["products[0].exhibitionPrice", "products[1].productId", "tagline"], refusal.Errors.Keys.Order().ToArray());
        Assert.Equal("Periksa kembali isian yang ditandai.", refusal.Message);
    }
}
