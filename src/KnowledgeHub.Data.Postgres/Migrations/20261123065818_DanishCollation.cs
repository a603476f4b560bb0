using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeHub.Data.Postgres.Migrations
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
                type: "text",
                nullable: false,
                collation: "da-DK-x-icu",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "TargetGroups",
                type: "text",
                nullable: false,
                collation: "da-DK-x-icu",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Regions",
                type: "text",
                nullable: false,
                collation: "da-DK-x-icu",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Records",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                collation: "da-DK-x-icu",
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500);

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Publications",
                type: "text",
                nullable: false,
                collation: "da-DK-x-icu",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Organisations",
                type: "text",
                nullable: false,
                collation: "da-DK-x-icu",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Municipalities",
                type: "text",
                nullable: false,
                collation: "da-DK-x-icu",
                oldClrType: typeof(string),
                oldType: "text");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Themes",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "da-DK-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "TargetGroups",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "da-DK-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Regions",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "da-DK-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Records",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldCollation: "da-DK-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Publications",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "da-DK-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Organisations",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "da-DK-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Municipalities",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "da-DK-x-icu");
        }
    }
}
