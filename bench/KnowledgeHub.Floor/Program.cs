// The HTTP ceiling of the machine a load run is on: Kestrel answering the bytes `{ __typename }`
// answers, with no routing, middleware, logging or GraphQL. bench/load.sh loads it first, so every
// run's ratios say how much of what the machine can serve our own pipeline keeps.
var body = """{"data":{"__typename":"Query"}}"""u8.ToArray();
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(async context =>
{
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body);
});
await app.RunAsync();
