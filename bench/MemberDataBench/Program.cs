using System.Globalization;
using UppkaCatalog.Bench;

// bench/member-data.sh runs this; see there for what it measures.
//   MemberDataBench journey APP_URL LOGIN PASSWORD BUDGET PHOTO...
//   MemberDataBench quality APP_URL Q1,Q2,... PHOTO...
try
{
    return args switch
    {
        ["journey", var url, var login, var password, var budget, .. var photos] when photos.Length > 0 =>
            await Journey.RunAsync(new Uri(url), login, password, photos, long.Parse(budget, CultureInfo.InvariantCulture)),
        ["quality", var url, var qualities, .. var photos] when photos.Length > 0 =>
            await QualityComparison.RunAsync(new Uri(url), photos,
                qualities.Split(',').Select(q => double.Parse(q, CultureInfo.InvariantCulture)).ToList()),
        _ => Usage(),
    };
}
catch (Microsoft.Playwright.PlaywrightException e)
{
    // A step that never happened (a timeout, a missing element): say which, and measure nothing.
    Console.Error.WriteLine($"could not finish the journey: {e.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: MemberDataBench journey APP_URL LOGIN PASSWORD BUDGET PHOTO... | quality APP_URL Q1,Q2,... PHOTO...");
    return 2;
}
