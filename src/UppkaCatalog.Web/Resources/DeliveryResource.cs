namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the delivery-recording strings of the partner area (<c>/mitra/lamaran/{id}</c>): <c>DeliveryResource.resx</c>
/// is Bahasa Indonesia (neutral), <c>DeliveryResource.en.resx</c> English.
/// </summary>
public sealed class DeliveryResource;
