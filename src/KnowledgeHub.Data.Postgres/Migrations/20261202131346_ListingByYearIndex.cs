using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ListingByYearIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Records_Kind_Status_StartYear",
                table: "Records",
                columns: new[] { "Kind", "Status", "StartYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Records_Kind_Status_StartYear",
                table: "Records");
        }
    }
}
