# UppkaCatalog: build with the .NET SDK, run on the smaller ASP.NET runtime image as a non-root user.
# The data folder (SQLite file, which holds the Data Protection keys too, and media) is a volume: keep it across
# upgrades. /media is for a shared media volume of several nodes (Storage__MediaPath=/media, compose.yaml); unused otherwise.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the files that name packages only, so a code change reuses the restore layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/UppkaCatalog.Core/UppkaCatalog.Core.csproj src/UppkaCatalog.Core/
COPY src/UppkaCatalog.Core.PostgreSQL/UppkaCatalog.Core.PostgreSQL.csproj src/UppkaCatalog.Core.PostgreSQL/
COPY src/UppkaCatalog.Web/UppkaCatalog.Web.csproj src/UppkaCatalog.Web/
RUN dotnet restore src/UppkaCatalog.Web/UppkaCatalog.Web.csproj
COPY src/ src/
COPY wwwroot-assets/ wwwroot-assets/
# The same command test.sh runs for its publish smoke test.
RUN dotnet publish src/UppkaCatalog.Web -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# curl for the health check only.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /data /media && chown app:app /data /media
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Storage__DataPath=/data \
    TZ=Asia/Jakarta
VOLUME ["/data"]
EXPOSE 8080
# The image's built-in non-root user (uid 1654).
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/health || exit 1
ENTRYPOINT ["dotnet", "UppkaCatalog.Web.dll"]
