using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Common;

/// <summary>
/// The service messages' two resource files and their accessor agree: every key has an English text with the same
/// placeholders, every key is read by the <see cref="ServiceMessages"/> member of its name and nothing else is there,
/// and a service asked in English refuses in English.
/// </summary>
public sealed partial class ServiceMessagesTests
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly Lazy<IReadOnlyDictionary<string, string>> IndonesianTexts = new(() => Read("ServiceMessages.resx"));
    private static readonly Lazy<IReadOnlyDictionary<string, string>> EnglishTexts = new(() => Read("ServiceMessages.en.resx"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_key_has_an_English_text()
    {
        Assert.NotEmpty(IndonesianTexts.Value);
        Assert.Equal(IndonesianTexts.Value.Keys.Order(StringComparer.Ordinal), EnglishTexts.Value.Keys.Order(StringComparer.Ordinal));
        Assert.All(IndonesianTexts.Value, t => Assert.False(string.IsNullOrWhiteSpace(t.Value), t.Key));
        Assert.All(EnglishTexts.Value, t => Assert.False(string.IsNullOrWhiteSpace(t.Value), t.Key));
    }

    [Fact]
    public void Both_languages_have_the_same_placeholders()
    {
        Assert.All(IndonesianTexts.Value, t => Assert.True(
            Placeholders(t.Value).SequenceEqual(Placeholders(EnglishTexts.Value[t.Key])),
            $"{t.Key}: \"{t.Value}\" and \"{EnglishTexts.Value[t.Key]}\""));
    }

    [Fact]
    public void Every_key_is_read_by_the_member_of_its_name_and_no_member_reads_another()
    {
        var members = Members().ToDictionary(m => m.Name);

        Assert.Equal(IndonesianTexts.Value.Keys.Order(StringComparer.Ordinal), members.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in IndonesianTexts.Value)
        {
            var member = members[key];
            Assert.True(Placeholders(text).Select(p => p.Index).Distinct().Count() == member.Parameters.Length,
                $"{key} has {member.Parameters.Length} parameters for \"{text}\"");
            AssertReads(member, Indonesian, text);
            AssertReads(member, English, EnglishTexts.Value[key]);
        }
    }

    [Fact]
    public async Task A_service_asked_in_English_refuses_in_English_and_in_Indonesian_otherwise()
    {
        await using var host = await CoreHost.StartAsync(demo: false);
        var editing = host.Services.GetRequiredService<ProductEditingService>();
        var staff = new Actor("staff", null, IsStaff: true);
        var member = new Actor("member", 1, IsStaff: false);
        var input = new ProductInput { Name = "  ", Unit = new string('a', 31) };

        ForbiddenException forbidden;
        ValidationException invalid;
        using (new CultureScope(English))
        {
            forbidden = await Assert.ThrowsAsync<ForbiddenException>(() => editing.ListOwnAsync(staff, ct: Ct));
            invalid = await Assert.ThrowsAsync<ValidationException>(() => editing.CreateDraftAsync(member, input, Ct));
        }

        Assert.Equal("Only group members can manage products.", forbidden.Message);
        Assert.Equal("Please check the marked fields.", invalid.Message);
        Assert.Equal("Enter the product name.", invalid.Errors["name"]);
        Assert.Equal("Too long: at most 30 characters.", invalid.Errors["unit"]);

        var indonesian = await Assert.ThrowsAsync<ValidationException>(() => editing.CreateDraftAsync(member, input, Ct));
        Assert.Equal("Isi nama produk.", indonesian.Errors["name"]);
        Assert.Equal("Terlalu panjang: paling banyak 30 huruf.", indonesian.Errors["unit"]);
    }

    [Fact]
    public void Values_follow_the_language_but_rupiah_keeps_its_one_form()
    {
        using (new CultureScope(English))
        {
            Assert.Equal("The exhibition price must be below the normal price of Rp 25.000.", ServiceMessages.ExhibitionPriceNotBelowNormal(25_000));
            Assert.Contains("at most 12,000 pixels", ServiceMessages.PhotoSideImplausible(13_000, 900, 12_000));
        }

        Assert.Equal("Harga pameran harus di bawah harga biasa Rp 25.000.", ServiceMessages.ExhibitionPriceNotBelowNormal(25_000));
        Assert.Contains("paling besar 12.000 piksel", ServiceMessages.PhotoSideImplausible(13_000, 900, 12_000));
    }

    private static IReadOnlyDictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "src", "UppkaCatalog.Core", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    /// <summary>The text's placeholders (index and format), in index order, each once.</summary>
    private static IReadOnlyList<(int Index, string Format)> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value))
            .Distinct().Order().ToList();

    /// <summary>The accessor's public members: properties and methods (their getters are not counted twice).</summary>
    private static IEnumerable<(string Name, ParameterInfo[] Parameters, Func<object?[], object?> Read)> Members()
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var p in typeof(ServiceMessages).GetProperties(flags)) yield return (p.Name, [], _ => p.GetValue(null));
        foreach (var m in typeof(ServiceMessages).GetMethods(flags).Where(m => !m.IsSpecialName))
        {
            yield return (m.Name, m.GetParameters(), args => m.Invoke(null, args));
        }
    }

    /// <summary>Reads the member in <paramref name="culture"/>: the text's words, around whatever the values became.</summary>
    private static void AssertReads((string Name, ParameterInfo[] Parameters, Func<object?[], object?> Read) member, CultureInfo culture, string text)
    {
        string read;
        using (new CultureScope(culture))
        {
            read = Assert.IsType<string>(member.Read([.. member.Parameters.Select(p => Sample(p.ParameterType))]));
        }

        var at = 0;
        foreach (var words in Placeholder().Replace(text, "\0").Split('\0').Where(w => w.Length > 0))
        {
            var found = read.IndexOf(words, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{member.Name} in {culture.Name}: \"{read}\" lacks \"{words}\" of \"{text}\"");
            at = found + words.Length;
        }
    }

    private static object Sample(Type type) =>
        type == typeof(int) ? 7
        : type == typeof(long) ? 25_000L
        : type == typeof(string) ? "Kopi"
        : type == typeof(DateTimeOffset) ? CoreHost.DefaultNow
        : throw new NotSupportedException($"No sample value of {type} for a service message.");

    [GeneratedRegex(@"\{(\d+)(?::([^}]*))?\}")]
    private static partial Regex Placeholder();
}
