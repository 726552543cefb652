using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Programmes;

/// <summary>The demo's programmes by slug, and drafts made through <see cref="ProgrammeService"/> as staff.</summary>
public static class ProgrammeWorld
{
    public const string SewingTraining = "pelatihan-menjahit-busana-muslim-2026";
    public const string FoodTraining = "pelatihan-pengolahan-pangan-dan-kemasan-2026";
    public const string ZakatAid = "jambi-sejahtera-bantuan-alat-usaha-2026";
    public const string ClosedAid = "bantuan-peralatan-teknologi-tepat-guna-2026";

    public static readonly string[] OpenDemo = [SewingTraining, FoodTraining, ZakatAid];

    /// <summary>What the demo keeps about partners and their officers that no public page or API answer shows.</summary>
    public static readonly string[] PersonalData = ["+62741", "0741", "blkp-jambi.contoh", "Seksi Pelatihan", "Bidang Pendistribusian", "@uppka.test", "Petugas "];

    /// <summary>Asserts that every text is in <paramref name="body"/>.</summary>
    public static void AssertContainsAll(string body, params string[] texts) => Assert.All(texts, t => Assert.Contains(t, body));

    /// <summary>Asserts that no personal datum is in <paramref name="body"/>.</summary>
    public static void AssertNothingPersonal(string body) => Assert.All(PersonalData, t => Assert.DoesNotContain(t, body));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new draft of the demo's BLKP (a fresh title, so a fresh slug), created by staff.</summary>
    public static async Task<ProgrammeView> DraftAsync(AppFactory app, string title)
    {
        var partnerId = await app.QueryAsync(db => db.Partners.Where(p => p.Slug == "blkp-provinsi-jambi").Select(p => p.Id).SingleAsync(Ct));
        var today = DateTime.UtcNow.AddHours(7).Date;
        return await app.Services.GetRequiredService<ProgrammeService>().CreateAsync(await AccountFlows.StaffActorAsync(app), new ProgrammeInput
        {
            PartnerId = partnerId, Title = $"{title} {Guid.NewGuid().ToString("N")[..6]}", Kind = ProgrammeKind.Mentoring,
            Description = "Pendampingan uji.", ApplicationOpensAtWib = today.AddDays(-1), ApplicationClosesAtWib = today.AddDays(10), Quota = 5,
        }, Ct);
    }
}
