using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PermitVerification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PermitVerifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CertificateAddedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CertificateVariants = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermitVerifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PermitVerifications_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PermitVerifications_ProductId_Kind",
                table: "PermitVerifications",
                columns: new[] { "ProductId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PermitVerifications_State_RequestedAt",
                table: "PermitVerifications",
                columns: new[] { "State", "RequestedAt" });

            // The numbers products already carry wait for staff from the moment they were last edited (issue 16).
            foreach (var (kind, column) in new[] { (0, "PirtNumber"), (1, "HalalNumber"), (2, "BpomNumber") })
            {
                migrationBuilder.Sql($"""
                    INSERT INTO PermitVerifications (ProductId, Kind, Number, State, RequestedAt)
                    SELECT Id, {kind}, {column}, 0, UpdatedAt FROM Products WHERE {column} IS NOT NULL AND trim({column}) <> '';
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PermitVerifications");
        }
    }
}
