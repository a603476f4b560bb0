using GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Access;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.GraphQL.Sorting;
using KnowledgeHub.Api.Cases;
using KnowledgeHub.Api.Experiences;
using KnowledgeHub.Api.FamilyPrograms;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Api.Programs;
using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Programs;
using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.Records;

/// <summary><c>record(slug:)</c>, and each kind's connection; the kinds differ only in their graph types.</summary>
public static class RecordQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<RecordGraphType>("record")
            .Description("A record of any kind by its slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The record's slug, e.g. \"pmto\".")
            .ResolveAsync(async c =>
            {
                var slug = c.GetArgument<string>("slug");
                return await c.ReadAsync((db, ct) => db.Records.VisibleTo(c.Actor()).FirstOrDefaultAsync(r => r.Slug == slug, ct));
            });

        Kind<ProgramGraphType, InterventionProgram, ProgramFilterInputGraphType, ProgramSortInputGraphType>(
            query, "programs", "National programmes, initiatives and sub-initiatives.");
        Kind<FamilyProgramGraphType, FamilyProgram, FamilyProgramFilterInputGraphType, FamilyProgramSortInputGraphType>(
            query, "familyPrograms", "Evidence-based family programmes and their variants.");
        Kind<InspirationCaseGraphType, InspirationCase, InspirationCaseFilterInputGraphType, InspirationCaseSortInputGraphType>(
            query, "inspirationCases", "Municipal cases from the inspiration catalogue.");
        Kind<MunicipalExperienceGraphType, MunicipalExperience, MunicipalExperienceFilterInputGraphType, MunicipalExperienceSortInputGraphType>(
            query, "municipalExperiences", "Municipalities' experiences with early, preventive work.");
    }

    private static void Kind<TGraphType, TRecord, TFilter, TSort>(ObjectGraphType query, string name, string description)
        where TGraphType : IGraphType
        where TRecord : Record
        where TFilter : FilterInputGraphType<TRecord>
        where TSort : SortInputGraphType<TRecord> =>
        query.Connection<object?, TGraphType, TRecord>(name, description, (c, db) => db.Set<TRecord>().VisibleTo(c.Actor()), selectedColumns: true)
            .UseFiltering<TFilter>().UseSorting<TSort>();
}
