using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.Data.Migrations
{
    /// <summary>
    /// The regency dashboard (issue 12): the product counts its rejections (filled from the audit log), and indexes that
    /// let the dashboard count from indexes alone — active groups per regency, accepted invitations, published products
    /// per group, a group's inquiries by time with their status, products rejected twice.
    /// </summary>
    public partial class RegencyDashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Invitations(GroupId, UsedAt), which "online" needs, is made by the RegistryList migration (the next one).
            migrationBuilder.DropIndex(
                name: "IX_Inquiries_GroupId_CreatedAt",
                table: "Inquiries");

            migrationBuilder.AddColumn<int>(
                name: "RejectionCount",
                table: "Products",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Each rejection so far is in the audit log (ModerationService: action product.reject, subject Product:{id}).
            migrationBuilder.Sql("""
                UPDATE Products SET RejectionCount = (
                    SELECT COUNT(*) FROM AuditEntries AS a WHERE a.Action = 'product.reject' AND a.Subject = 'Product:' || Products.Id)
                WHERE Id IN (
                    SELECT CAST(substr(Subject, 9) AS INTEGER) FROM AuditEntries WHERE Action = 'product.reject' AND Subject LIKE 'Product:%');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Products_RejectionCount_Status_GroupId_UpdatedAt",
                table: "Products",
                columns: new[] { "RejectionCount", "Status", "GroupId", "UpdatedAt" },
                filter: "RejectionCount >= 2");

            migrationBuilder.CreateIndex(
                name: "IX_Products_Status_GroupId",
                table: "Products",
                columns: new[] { "Status", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_GroupId_CreatedAt_Status",
                table: "Inquiries",
                columns: new[] { "GroupId", "CreatedAt", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Groups_RegencyId_IsActive",
                table: "Groups",
                columns: new[] { "RegencyId", "IsActive" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Products_RejectionCount_Status_GroupId_UpdatedAt",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_Status_GroupId",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Inquiries_GroupId_CreatedAt_Status",
                table: "Inquiries");

            migrationBuilder.DropIndex(
                name: "IX_Groups_RegencyId_IsActive",
                table: "Groups");

            // SQLite drops the column in place (3.35+): EF's DropColumn would rebuild Products and lose the search index's triggers.
            migrationBuilder.Sql("ALTER TABLE Products DROP COLUMN RejectionCount;");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_GroupId_CreatedAt",
                table: "Inquiries",
                columns: new[] { "GroupId", "CreatedAt" });
        }
    }
}
