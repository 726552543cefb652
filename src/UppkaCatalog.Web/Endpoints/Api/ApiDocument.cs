using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// The JSON API's OpenAPI description, served anonymously at <c>/openapi/v1.json</c> so a client can generate code
/// or browse the calls (examples to run: <c>docs/api.http</c>). Only <c>/api</c> is described: the pages, uploads
/// and exports beside it are for browsers, not API clients.
/// </summary>
internal static class ApiDocument
{
    public const string Path = "/openapi/v1.json";

    private const string BearerScheme = "bearer";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath is { } path && path.StartsWith("api/", StringComparison.Ordinal)
                // The catch-all that answers unknown /api addresses with a 404 problem is not a call.
                && !path.Contains("{rest}", StringComparison.Ordinal);
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "UppkaCatalog API",
                    Version = "v1",
                    Description = "JSON over the same services as the pages. Public reads need nothing; member and staff calls need "
                        + "`Authorization: Bearer <accessToken>` from `POST /api/auth/login` (8 hours); the sign-in cookie is never accepted. "
                        + "Errors are problem details (application/problem+json) with Indonesian title and detail.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "The accessToken from POST /api/auth/login (an opaque token, not a JWT).",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(async (operation, context, ct) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                // Calls behind ApiAuth.RequireBearer say so, with the role they need and the two refusals the filter gives.
                if (metadata.OfType<BearerRoleMetadata>().FirstOrDefault() is { } bearer)
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
                    var needs = $"Needs a bearer token of a user in role {bearer.Role}.";
                    operation.Description = operation.Description is { Length: > 0 } own ? $"{needs} {own}" : needs;
                    AddProblem(operation, StatusCodes.Status401Unauthorized, "No token, or an invalid or expired one.");
                    AddProblem(operation, StatusCodes.Status403Forbidden, $"Signed in, but not in role {bearer.Role}.");
                }

                if (metadata.OfType<RequestBodyMetadata>().FirstOrDefault() is { } body)
                {
                    var schema = await context.GetOrCreateSchemaAsync(body.Type, null, ct);
                    // A record's every parameter comes out "required"; a nullable one may be left out (the service's 400 says
                    // which a rule needs, e.g. a draft needs only its name).
                    if (schema is OpenApiSchema { Properties: { } properties } own)
                    {
                        own.Required = properties.Where(p => p.Value.Type is { } t && !t.HasFlag(JsonSchemaType.Null))
                            .Select(p => p.Key).ToHashSet();
                    }

                    operation.RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Content = new Dictionary<string, OpenApiMediaType> { [body.ContentType] = new() { Schema = schema } },
                    };
                    AddProblem(operation, StatusCodes.Status400BadRequest, "Input that breaks a rule (errors: {field: [message]}), or a body that cannot be read.");
                    AddProblem(operation, StatusCodes.Status415UnsupportedMediaType, $"The body is not {body.ContentType}.");
                }
            });
        });

    /// <summary>
    /// Names the request body of a call whose handler reads it itself (<see cref="ApiJson"/>, the photo form), for the
    /// description only. Not <c>Accepts&lt;T&gt;()</c>: that metadata also makes routing refuse other content types
    /// with a bare 415 before the handler can answer its Indonesian problem.
    /// </summary>
    public static RouteHandlerBuilder DocumentBody<TBody>(this RouteHandlerBuilder endpoint, string contentType = "application/json") =>
        endpoint.WithMetadata(new RequestBodyMetadata(typeof(TBody), contentType));

    private static void AddProblem(OpenApiOperation operation, int status, string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.TryGetValue(key, out var existing) && existing is OpenApiResponse known)
        {
            known.Description = description;
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
        };
    }

    public static void MapApiDocument(this IEndpointRouteBuilder app) => app.MapOpenApi(Path).AllowAnonymous();
}

/// <summary>A call's request body as the API description shows it (<see cref="ApiDocument.DocumentBody{TBody}"/>).</summary>
internal sealed record RequestBodyMetadata(Type Type, string ContentType);
