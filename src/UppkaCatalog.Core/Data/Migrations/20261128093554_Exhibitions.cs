using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Exhibitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Booths_Halls_HallId",
                table: "Booths");

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "Booths",
                type: "TEXT",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<int>(
                name: "HallId",
                table: "Booths",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "DecidedAt",
                table: "Booths",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionReason",
                table: "Booths",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DailySalts",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Salt = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailySalts", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "VisitorSightings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExhibitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    BoothId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitorHash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitorSightings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VisitorSightings_ExhibitionId_Day_BoothId_VisitorHash",
                table: "VisitorSightings",
                columns: new[] { "ExhibitionId", "Day", "BoothId", "VisitorHash" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Booths_Halls_HallId",
                table: "Booths",
                column: "HallId",
                principalTable: "Halls",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Booths_Halls_HallId",
                table: "Booths");

            migrationBuilder.DropTable(
                name: "DailySalts");

            migrationBuilder.DropTable(
                name: "VisitorSightings");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "Booths");

            migrationBuilder.DropColumn(
                name: "DecisionReason",
                table: "Booths");

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "Booths",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "HallId",
                table: "Booths",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Booths_Halls_HallId",
                table: "Booths",
                column: "HallId",
                principalTable: "Halls",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
