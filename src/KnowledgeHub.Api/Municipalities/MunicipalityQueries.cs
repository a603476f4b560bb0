using GraphQL;
using GraphQL.Types;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Domain.Places;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.Municipalities;

public static class MunicipalityQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, MunicipalityGraphType, Municipality>(
            "municipalities", "The 98 municipalities, by official code unless told otherwise.",
            (_, db) => db.Municipalities)
            .UseFiltering<MunicipalityFilterInputGraphType>().UseSorting<MunicipalitySortInputGraphType>();

        query.Field<MunicipalityGraphType>("municipality")
            .Description("A municipality by its official code; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The four-digit kommunekode, e.g. \"0101\" (a leading zero may be left out).")
            .ResolveAsync(async c =>
            {
                var code = Code(c.GetArgument<string>("code").Trim());
                return await c.ReadAsync((db, ct) => db.Municipalities.FirstOrDefaultAsync(m => m.Code == code, ct));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>>("regions")
            .Description("Denmark's five regions, by code.")
            .ResolveAsync(async c => await c.ReadAsync((db, ct) => db.Regions.OrderBy(r => r.Code).ToListAsync(ct)));
    }

    /// <summary>A code as people write it, leading zeros left out: "851" is Aalborg's 0851.</summary>
    public static string Code(string code) => code.Length is > 0 and < 4 && code.All(char.IsAsciiDigit) ? code.PadLeft(4, '0') : code;
}
