using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>A member's own listings. The service checks the group: another group's product is a 404.</summary>
internal static class ProductsApi
{
    public static void MapProductsApi(this RouteGroupBuilder member)
    {
        member.MapGet("/me/products", async (string? status, HttpContext http, ProductEditingService products, CancellationToken ct) =>
        {
            var rows = await products.ListOwnAsync(http.Caller(), ApiJson.ParseStatus(status), ct);
            return TypedResults.Ok(rows.Select(OwnProductJson.From));
        });

        member.MapGet("/products/{id:int}", async (int id, HttpContext http, ProductEditingService products, CancellationToken ct) =>
            TypedResults.Ok(await ProductJson.FromAsync(await products.GetForEditAsync(http.Caller(), id, ct), http, ct)));

        member.MapPost("/products", async (HttpContext http, ProductEditingService products, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<ProductRequest>(http.Request, ct);
            var created = await products.CreateDraftAsync(http.Caller(), body.ToInput(), ct);
            return TypedResults.Created($"/api/v1/products/{created.Id}", await ProductJson.FromAsync(created, http, ct));
        }).DocumentBody<ProductRequest>();

        // PUT replaces every field: one left out is cleared, as in the editor.
        member.MapPut("/products/{id:int}", async (int id, HttpContext http, ProductEditingService products, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<ProductRequest>(http.Request, ct);
            var input = body.ToInput();
            var saved = await products.UpdateAsync(http.Caller(), id, input, body.RequireVersion(), ct);
            return TypedResults.Ok(await ProductJson.FromAsync(saved, http, ct));
        }).DocumentBody<ProductRequest>().ProducesProblem(StatusCodes.Status409Conflict);

        member.MapPost("/products/{id:int}/submit", async (int id, HttpContext http, ProductEditingService products, CancellationToken ct) =>
            TypedResults.Ok(await ProductJson.FromAsync(await products.SubmitAsync(http.Caller(), id, ct), http, ct)));
    }
}
