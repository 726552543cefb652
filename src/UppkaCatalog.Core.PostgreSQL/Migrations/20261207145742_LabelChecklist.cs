using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class LabelChecklist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "LabelTicks",
                table: "Products",
                type: "text[]",
                nullable: false,
                // Existing products start with no ticks (EF leaves out a default for an array column, which a filled table refuses).
                defaultValueSql: "'{}'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LabelTicks",
                table: "Products");
        }
    }
}
