using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace UppkaCatalog.Core.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>: a throwaway SQLite file, never the app's database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.UseCatalogDatabase(options, DatabaseSetup.Provider.Sqlite, "Data Source=design-time.db");
        return new AppDbContext(options.Options);
    }
}
