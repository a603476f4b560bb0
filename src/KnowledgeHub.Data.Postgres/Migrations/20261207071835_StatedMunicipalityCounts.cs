using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KnowledgeHub.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Qualifier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AsOf = table.Column<string>(type: "text", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    Source_Date = table.Column<string>(type: "text", nullable: true),
                    Source_Publisher = table.Column<string>(type: "text", nullable: true),
                    Source_Title = table.Column<string>(type: "text", nullable: false),
                    Source_Url = table.Column<string>(type: "text", nullable: false)
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
