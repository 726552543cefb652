using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace UppkaCatalog.Core.PostgreSQL.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    CertificateAddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CertificateVariants = table.Column<string>(type: "jsonb", nullable: true)
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
                    INSERT INTO "PermitVerifications" ("ProductId", "Kind", "Number", "State", "RequestedAt")
                    SELECT "Id", {kind}, "{column}", 0, "UpdatedAt" FROM "Products" WHERE "{column}" IS NOT NULL AND btrim("{column}") <> '';
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
