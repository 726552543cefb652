using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class LabelChecklist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LabelTicks",
                table: "Products",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Native DROP COLUMN (SQLite 3.35+): EF's table rebuild would drop and re-create Products under the search
            // triggers of Categories and Groups, which then name a table that is gone (as in GroupRegistry).
            migrationBuilder.Sql("ALTER TABLE Products DROP COLUMN LabelTicks;");
        }
    }
}
