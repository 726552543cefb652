using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeFollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AcceptedAt",
                table: "ProgrammeApplications",
                type: "INTEGER",
                nullable: true);

            // Applications accepted before this column existed: their last decision was the acceptance, or came after it.
            migrationBuilder.Sql("UPDATE ProgrammeApplications SET AcceptedAt = DecidedAt WHERE Status IN ('Accepted', 'Completed', 'Dropped')");

            migrationBuilder.CreateTable(
                name: "FollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthlySales = table.Column<long>(type: "INTEGER", nullable: true),
                    MonthlyIncome = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProductsBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductsAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    InquiriesBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    InquiriesAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_ProgrammeApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ProgrammeApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ApplicationId",
                table: "FollowUps",
                column: "ApplicationId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUps");

            migrationBuilder.DropColumn(
                name: "AcceptedAt",
                table: "ProgrammeApplications");
        }
    }
}
