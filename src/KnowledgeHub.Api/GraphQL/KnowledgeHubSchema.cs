using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeHub.Api.Cases;
using KnowledgeHub.Api.Experiences;
using KnowledgeHub.Api.FamilyPrograms;
using KnowledgeHub.GraphQL.Scalars;
using KnowledgeHub.Api.Programs;

namespace KnowledgeHub.Api.GraphQL;

public sealed class KnowledgeHubSchema : Schema
{
    public KnowledgeHubSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "KnowledgeHub GraphQL API.";
        // The October 2021 introspection that graphql-js' getIntrospectionQuery and code generators
        // ask for; without these switches they get a validation error.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Directives.Register(new SpecifiedByDirective());
        // Instances replace GraphQL.NET's built-in scalars of the same name everywhere.
        RegisterType(new DateScalarGraphType());
        RegisterType(new DateTimeScalarGraphType());
        RegisterType(new LongScalarGraphType());
        // Types reached only through interfaces must be registered, or `... on Program` would not resolve.
        RegisterType(typeof(ProgramGraphType));
        RegisterType(typeof(FamilyProgramGraphType));
        RegisterType(typeof(InspirationCaseGraphType));
        RegisterType(typeof(MunicipalExperienceGraphType));
    }

    /// <summary>
    /// What GraphQL.NET 8 lacks of the October 2021 introspection, added before the types are built:
    /// <c>__Type.specifiedByURL</c> and <c>__Directive.args(includeDeprecated:)</c>, both asked for by
    /// graphql-js' getIntrospectionQuery with specifiedByUrl and inputValueDeprecation.
    /// </summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        if (graphType is __Type type && !type.HasField("specifiedByURL"))
        {
            type.Field<StringGraphType>("specifiedByURL").Resolve(c => c.Source.SpecifiedByUrl());
        }

        if (graphType is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
            args.Resolver = new FuncFieldResolver<object>(c => (((Directive)c.Source!).Arguments ?? [])
                .Where(a => c.GetArgument<bool>("includeDeprecated") || a.DeprecationReason is null)
                .ToList());
        }
    }
}
