using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>The form's rules on their own: WIB entry, dates in order, the registration window inside the exhibition.</summary>
public sealed class ExhibitionRulesTests
{
    [Fact]
    public void Eight_in_the_morning_WIB_on_1_December_is_one_o_clock_UTC()
    {
        var utc = ExhibitionRules.FromWib(new DateTime(2026, 12, 1, 8, 0, 0));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), utc);
        Assert.Equal(TimeSpan.Zero, utc.Offset);
    }

    [Fact]
    public void Midnight_WIB_is_five_in_the_afternoon_UTC_the_day_before_and_reads_back_as_midnight()
    {
        var utc = ExhibitionRules.FromWib(new DateTime(2026, 12, 15, 0, 0, 0));

        Assert.Equal(new DateTimeOffset(2026, 12, 14, 17, 0, 0, TimeSpan.Zero), utc);
        Assert.Equal(new DateTime(2026, 12, 15, 0, 0, 0), ExhibitionRules.ToWibWallClock(utc));
    }

    [Theory]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Local)]
    public void The_kind_a_date_picker_gives_does_not_shift_the_time(DateTimeKind kind)
    {
        var typed = DateTime.SpecifyKind(new DateTime(2026, 12, 1, 8, 0, 0), kind);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), ExhibitionRules.FromWib(typed));
    }

    [Fact]
    public void A_valid_form_has_no_errors() => Assert.Empty(ExhibitionRules.Check(CurationWorld.Input("Pameran")));

    [Fact]
    public void Title_and_both_dates_are_required()
    {
        var errors = ExhibitionRules.Check(new ExhibitionInput { Title = "  " });

        Assert.Equal(["endsAt", "startsAt", "title"], errors.Keys.Order());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_end_must_come_after_the_start(int hoursAfterStart)
    {
        var input = CurationWorld.Input("Pameran");
        input.EndsAtWib = input.StartsAtWib!.Value.AddHours(hoursAfterStart);

        var errors = ExhibitionRules.Check(input);

        Assert.Contains("sesudah dibuka", Assert.Single(errors, e => e.Key == "endsAt").Value);
    }

    [Fact]
    public void Registration_may_not_close_after_the_exhibition_ends()
    {
        var input = CurationWorld.Input("Pameran");
        input.RegistrationClosesAtWib = input.EndsAtWib!.Value.AddMinutes(1);

        Assert.Contains("paling lambat saat pameran berakhir", Assert.Single(ExhibitionRules.Check(input)).Value);
    }

    [Fact]
    public void Registration_may_close_exactly_when_the_exhibition_ends()
    {
        var input = CurationWorld.Input("Pameran");
        input.RegistrationClosesAtWib = input.EndsAtWib;

        Assert.Empty(ExhibitionRules.Check(input));
    }

    [Fact]
    public void Registration_must_close_after_it_opens()
    {
        var input = CurationWorld.Input("Pameran");
        input.RegistrationClosesAtWib = input.RegistrationOpensAtWib;

        Assert.Equal("registrationClosesAt", Assert.Single(ExhibitionRules.Check(input)).Key);
    }

    [Fact]
    public void Registration_opening_only_must_open_before_the_end()
    {
        var input = CurationWorld.Input("Pameran");
        input.RegistrationClosesAtWib = null;
        input.RegistrationOpensAtWib = input.EndsAtWib;

        Assert.Equal("registrationOpensAt", Assert.Single(ExhibitionRules.Check(input)).Key);
    }

    [Fact]
    public void Both_registration_bounds_may_be_left_open()
    {
        var input = CurationWorld.Input("Pameran");
        input.RegistrationOpensAtWib = null;
        input.RegistrationClosesAtWib = null;

        Assert.Empty(ExhibitionRules.Check(input));
    }

    [Theory]
    [InlineData("Pameran Virtual UPPKA Jambi 2026", null, "pameran-virtual-uppka-jambi-2026")]
    [InlineData("Pameran", "  Kopi & Kopi Kerinci ", "kopi-kopi-kerinci")]
    public void The_slug_is_made_from_the_title_or_the_typed_address(string title, string? slug, string expected) =>
        Assert.Equal(expected, ExhibitionRules.SlugFor(new ExhibitionInput { Title = title, Slug = slug }));
}
