using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CatalogPriceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Products_Status_Price",
                table: "Products",
                columns: new[] { "Status", "Price" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Products_Status_Price",
                table: "Products");
        }
    }
}
