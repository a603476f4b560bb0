using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class DanishCollation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Themes",
                type: "TEXT",
                nullable: false,
                collation: "DANISH",
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "TargetGroups",
                type: "TEXT",
                nullable: false,
                collation: "DANISH",
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Regions",
                type: "TEXT",
                nullable: false,
                collation: "DANISH",
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Records",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                collation: "DANISH",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 500);

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Publications",
                type: "TEXT",
                nullable: false,
                collation: "DANISH",
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Organisations",
                type: "TEXT",
                nullable: false,
                collation: "DANISH",
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Municipalities",
                type: "TEXT",
                nullable: false,
                collation: "DANISH",
                oldClrType: typeof(string),
                oldType: "TEXT");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Themes",
                type: "TEXT",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldCollation: "DANISH");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "TargetGroups",
                type: "TEXT",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldCollation: "DANISH");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Regions",
                type: "TEXT",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldCollation: "DANISH");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Records",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 500,
                oldCollation: "DANISH");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Publications",
                type: "TEXT",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldCollation: "DANISH");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Organisations",
                type: "TEXT",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldCollation: "DANISH");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Municipalities",
                type: "TEXT",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldCollation: "DANISH");
        }
    }
}
