using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class GroupRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Groups_RegencyId",
                table: "Groups");

            migrationBuilder.AddColumn<int>(
                name: "FoundingYear",
                table: "Groups",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaderName",
                table: "Groups",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaderPhone",
                table: "Groups",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Specialty",
                table: "Groups",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "Groups",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "Groups",
                type: "INTEGER",
                nullable: true);

            // The old free-text sector becomes the group's specialty (what buyers read); the registry's sector is mapped
            // from it by the words it uses, "Other" where none fits. The founding date keeps its year. Registration
            // numbers take the registry's one spelling (RegistrationNumbers.Normalize: trimmed, upper case).
            migrationBuilder.Sql("""
                UPDATE Groups SET Specialty = trim(Sector);
                UPDATE Groups SET Sector = CASE
                    WHEN lower(Specialty) LIKE '%jahit%' OR lower(Specialty) LIKE '%busana%' OR lower(Specialty) LIKE '%bordir%'
                      OR lower(Specialty) LIKE '%konveksi%' THEN 'SewingFashion'
                    WHEN lower(Specialty) LIKE '%anyam%' OR lower(Specialty) LIKE '%kerajinan%' OR lower(Specialty) LIKE '%batik%'
                      OR lower(Specialty) LIKE '%tenun%' OR lower(Specialty) LIKE '%songket%' THEN 'Crafts'
                    WHEN lower(Specialty) LIKE '%kopi%' OR lower(Specialty) LIKE '%teh%' OR lower(Specialty) LIKE '%minuman%' THEN 'Drinks'
                    WHEN lower(Specialty) LIKE '%olahan%' OR lower(Specialty) LIKE '%makanan%' OR lower(Specialty) LIKE '%kue%'
                      OR lower(Specialty) LIKE '%camilan%' OR lower(Specialty) LIKE '%keripik%' THEN 'FoodProcessing'
                    WHEN lower(Specialty) LIKE '%tani%' OR lower(Specialty) LIKE '%kebun%' OR lower(Specialty) LIKE '%ternak%'
                      OR lower(Specialty) LIKE '%ikan%' THEN 'Agriculture'
                    WHEN lower(Specialty) LIKE '%dagang%' OR lower(Specialty) LIKE '%warung%' THEN 'Trade'
                    WHEN lower(Specialty) LIKE '%jasa%' THEN 'Services'
                    ELSE 'Other' END;
                UPDATE Groups SET FoundingYear = CAST(substr(Founded, 1, 4) AS INTEGER) WHERE Founded IS NOT NULL;
                UPDATE Groups SET RegistrationNumber = upper(trim(RegistrationNumber));
                """);

            // Native DROP COLUMN (SQLite 3.35+): EF's table rebuild would drop and re-create Groups under the product
            // search triggers that read it.
            migrationBuilder.Sql("ALTER TABLE Groups DROP COLUMN Founded;");

            migrationBuilder.CreateIndex(
                name: "IX_Groups_RegencyId_Name",
                table: "Groups",
                columns: new[] { "RegencyId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Groups_Sector",
                table: "Groups",
                column: "Sector");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Groups_RegencyId_Name",
                table: "Groups");

            migrationBuilder.DropIndex(
                name: "IX_Groups_Sector",
                table: "Groups");







            migrationBuilder.AddColumn<DateOnly>(
                name: "Founded",
                table: "Groups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE Groups SET Founded = printf('%04d-01-01', FoundingYear) WHERE FoundingYear IS NOT NULL;
                UPDATE Groups SET Sector = CASE WHEN Specialty <> '' THEN Specialty ELSE Sector END;
                ALTER TABLE Groups DROP COLUMN FoundingYear;
                ALTER TABLE Groups DROP COLUMN LeaderName;
                ALTER TABLE Groups DROP COLUMN LeaderPhone;
                ALTER TABLE Groups DROP COLUMN Specialty;
                ALTER TABLE Groups DROP COLUMN Stage;
                ALTER TABLE Groups DROP COLUMN UpdatedAt;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Groups_RegencyId",
                table: "Groups",
                column: "RegencyId");
        }
    }
}
