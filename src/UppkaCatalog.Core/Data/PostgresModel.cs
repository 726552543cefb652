using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Reporting;

namespace UppkaCatalog.Core.Data;

/// <summary>
/// Where the model differs on PostgreSQL. The configurations are written once for both providers; this
/// changes only what SQLite's SQL dialect let them leave out. SQLite's model (and its migrations) is untouched.
/// </summary>
internal static class PostgresModel
{
    public static void Adjust(ModelBuilder builder)
    {
        // SQLite folds nothing and accepts the bare column name; PostgreSQL folds it to lower case, so it is quoted.
        builder.Entity<Product>()
            .HasIndex(p => new { p.RejectionCount, p.Status, p.GroupId, p.UpdatedAt })
            .HasFilter($"\"RejectionCount\" >= {RegencyDashboardService.RejectionsForHelp}");
    }
}
