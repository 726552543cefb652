using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartnerOfficerInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "GroupId",
                table: "Invitations",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "PartnerId",
                table: "Invitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_PartnerId_UsedAt",
                table: "Invitations",
                columns: new[] { "PartnerId", "UsedAt" });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Invitations_GroupOrPartner",
                table: "Invitations",
                sql: "(\"GroupId\" IS NULL) <> (\"PartnerId\" IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_Invitations_Partners_PartnerId",
                table: "Invitations",
                column: "PartnerId",
                principalTable: "Partners",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Invitations_Partners_PartnerId",
                table: "Invitations");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_PartnerId_UsedAt",
                table: "Invitations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Invitations_GroupOrPartner",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "PartnerId",
                table: "Invitations");

            migrationBuilder.AlterColumn<int>(
                name: "GroupId",
                table: "Invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
