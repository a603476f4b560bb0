using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatedMunicipalityCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StatedMunicipalityCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AsOf = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    Source_Date = table.Column<string>(type: "TEXT", nullable: true),
                    Source_Publisher = table.Column<string>(type: "TEXT", nullable: true),
                    Source_Title = table.Column<string>(type: "TEXT", nullable: false),
                    Source_Url = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatedMunicipalityCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatedMunicipalityCounts_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatedMunicipalityCounts_RecordId",
                table: "StatedMunicipalityCounts",
                column: "RecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatedMunicipalityCounts");
        }
    }
}
