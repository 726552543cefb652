using System.Globalization;
using System.Text.RegularExpressions;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Web.Components.Pages.Manage.Booths;

/// <summary>A product chosen for the booth, as typed: the exhibition price is text until it is sent.</summary>
public sealed class ChosenProduct(int productId, string priceText)
{
    public int ProductId { get; } = productId;

    public string PriceText { get; set; } = priceText;
}

/// <summary>
/// The booth form's state: tagline, the chosen products in order, and the services' messages. Messages
/// about one product are kept by product id (the service names them by position), so they stay beside
/// the right product when the member reorders the list after a refusal.
/// </summary>
public sealed partial class BoothEditorModel
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public string Tagline { get; set; } = "";

    public List<ChosenProduct> Chosen { get; } = [];

    /// <summary>Messages for fields that are not about one product (tagline, products, status, registration, banner).</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Per product id: the message about the product itself, and the one about its exhibition price.</summary>
    public Dictionary<int, string> ProductErrors { get; } = [];

    public Dictionary<int, string> PriceErrors { get; } = [];

    public bool IsFull => Chosen.Count >= BoothRules.MaxProducts;

    public static BoothEditorModel From(OwnBoothDetail? booth)
    {
        var model = new BoothEditorModel { Tagline = booth?.Tagline ?? "" };
        foreach (var p in booth?.Products ?? [])
        {
            model.Chosen.Add(new ChosenProduct(p.ProductId, p.ExhibitionPrice is { } price ? price.ToString("N0", Indonesian) : ""));
        }

        return model;
    }

    public bool IsChosen(int productId) => Chosen.Any(c => c.ProductId == productId);

    public int PositionOf(int productId) => Chosen.FindIndex(c => c.ProductId == productId);

    /// <summary>Adds the product at the end of the booth, or takes it out. Past 12 nothing is added (the page says why).</summary>
    public bool Toggle(int productId)
    {
        var index = PositionOf(productId);
        if (index >= 0)
        {
            Chosen.RemoveAt(index);
            ProductErrors.Remove(productId);
            PriceErrors.Remove(productId);
            return true;
        }

        if (IsFull) return false;
        Chosen.Add(new ChosenProduct(productId, ""));
        Errors.Remove("products");
        return true;
    }

    /// <summary>Moves a chosen product one place up (-1) or down (+1).</summary>
    public void Move(int productId, int delta)
    {
        var from = PositionOf(productId);
        var to = from + delta;
        if (from < 0 || to < 0 || to >= Chosen.Count) return;
        (Chosen[from], Chosen[to]) = (Chosen[to], Chosen[from]);
    }

    /// <summary>The input to send, or null when an exhibition price cannot be read (its message is then set).</summary>
    public BoothInput? ToInput(string unreadablePrice)
    {
        ClearErrors();
        var products = new List<BoothProductInput>();
        foreach (var c in Chosen)
        {
            long? price = null;
            if (!string.IsNullOrWhiteSpace(c.PriceText))
            {
                if (Rupiah.TryParse(c.PriceText, out var amount)) price = amount;
                else PriceErrors[c.ProductId] = unreadablePrice;
            }

            products.Add(new BoothProductInput(c.ProductId, price));
        }

        return PriceErrors.Count > 0 ? null : new BoothInput { Tagline = Tagline, Products = products };
    }

    /// <summary>Places the service's messages: "products[3].exhibitionPrice" goes beside the product sent fourth.</summary>
    public void SetErrors(IReadOnlyDictionary<string, string> errors, IReadOnlyList<int> sentOrder)
    {
        ClearErrors();
        foreach (var (key, message) in errors)
        {
            var m = ProductKey().Match(key);
            if (m.Success && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var i && i < sentOrder.Count)
            {
                (m.Groups[2].Value == "exhibitionPrice" ? PriceErrors : ProductErrors)[sentOrder[i]] = message;
            }
            else
            {
                Errors[key] = message;
            }
        }
    }

    public void ClearErrors()
    {
        Errors.Clear();
        ProductErrors.Clear();
        PriceErrors.Clear();
    }

    [GeneratedRegex(@"^products\[(\d+)\]\.(productId|exhibitionPrice)$")]
    private static partial Regex ProductKey();
}
