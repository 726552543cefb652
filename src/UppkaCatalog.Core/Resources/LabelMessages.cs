using System.Globalization;
using System.Resources;

namespace UppkaCatalog.Core.Resources;

/// <summary>
/// The label checklist's texts: <c>LabelMessages.resx</c> is Bahasa Indonesia (neutral), <c>LabelMessages.en.resx</c>
/// English. Item texts are keyed by the item id (<c>Title_netContent</c>, <c>Example_netContent</c>).
/// </summary>
public static class LabelMessages
{
    private static readonly ResourceManager Resources = new("UppkaCatalog.Core.Resources.LabelMessages", typeof(LabelMessages).Assembly);

    public static string Title(string itemId) => Text("Title_" + itemId);

    public static string Example(string itemId) => Text("Example_" + itemId);

    public static string Completeness(int done, int total) => Format(nameof(Completeness), done, total);

    public static string SourceName => Text(nameof(SourceName));

    public static string SourceNetContent => Text(nameof(SourceNetContent));

    public static string SourceProducer => Text(nameof(SourceProducer));

    public static string SourcePermit => Text(nameof(SourcePermit));

    /// <summary>"Dari kolom Isi bersih: 250 g".</summary>
    public static string FromField(string source, string value) => Format(nameof(FromField), source, value);

    /// <summary>"Belum ada: isi kolom Isi bersih".</summary>
    public static string FillField(string source) => Format(nameof(FillField), source);

    public static string TickedWhy => Text(nameof(TickedWhy));

    public static string TickWhy => Text(nameof(TickWhy));

    public static string UnknownTick(object id) => Format(nameof(UnknownTick), id);

    private static string Text(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No label message {name}.");

    private static string Format(string name, params object[] values) => string.Format(CultureInfo.CurrentCulture, Text(name), values);
}
