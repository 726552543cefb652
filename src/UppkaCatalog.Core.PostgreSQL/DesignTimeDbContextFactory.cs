using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.PostgreSQL;

/// <summary>
/// Used only by <c>dotnet ef migrations add --project src/UppkaCatalog.Core.PostgreSQL --startup-project
/// src/UppkaCatalog.Core.PostgreSQL</c>: the model as PostgreSQL sees it. No server is contacted.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.UseCatalogDatabase(options, DatabaseSetup.Provider.PostgreSQL, "Host=localhost;Database=uppka_design_time");
        return new AppDbContext(options.Options);
    }
}
