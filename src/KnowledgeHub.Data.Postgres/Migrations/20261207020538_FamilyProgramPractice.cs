using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FamilyProgramPractice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Cost",
                table: "Records",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomesTargeted",
                table: "Records",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Staffing",
                table: "Records",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Training",
                table: "Records",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Cost",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "OutcomesTargeted",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "Staffing",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "Training",
                table: "Records");
        }
    }
}
