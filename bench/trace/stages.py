#!/usr/bin/env python3
"""The stage table of docs/performance.md from a sampling trace of the running server.

  dotnet tool install -g dotnet-trace
  dotnet-trace collect -p PID --duration 00:00:00:10 -o t.nettrace \
    --providers Microsoft-DotNETCore-SampleProfiler,Microsoft-Windows-DotNETRuntime:0x0:4
  (load the server with wrk meanwhile and note how many requests it answered)
  dotnet-trace convert t.nettrace --format speedscope -o t
  python3 bench/trace/stages.py t.speedscope.json REQUESTS [-v]

Each CPU sample goes to the innermost stage whose pattern matches a frame of its stack. Samples
of threads in native code count only inside SQLite or a socket send/receive (elsewhere they are
waits); the finalizer thread, which the sampler reports as running, is left out. -v lists the
stacks that matched no stage."""
import json, sys, collections, re
f, requests = sys.argv[1], int(sys.argv[2])
STAGES = [
 ('sockets, Kestrel HTTP/1.1 parsing and writing', r'Kestrel|System\.Net\.Sockets|System\.IO\.Pipelines'),
 ('hosting: HttpContext, Activity, diagnostics', r'HostingApplication'),
 ('middleware: host filtering, security headers, OpenTelemetry, exception handler', r'HostFilteringMiddleware|SecurityHeaders|HttpServerErrorTypeStartupFilter|ExceptionHandlerMiddleware'),
 ('middleware: static files / web UI check', r'StaticFileMiddleware|WebExtensions'),
 ('middleware: routing', r'EndpointRoutingMiddleware|EndpointMiddleware'),
 ('middleware: rate limiter (disabled)', r'RateLimitingMiddleware'),
 ('middleware: authentication + API key check', r'AuthenticationMiddleware|AccessMiddleware|ApiKeyAuthentication'),
 ('handler: media type, status, headers', r'GraphQLRequestHandler\+<HandleAsync|ResponseMediaType|ResponseStatus'),
 ('handler: read + parse the JSON body', r'GraphQLRequestReader|RequestBody'),
 ('handler: document cache (parse, hash)', r'DocumentProvider|DocumentCache|DocumentParser'),
 ('handler: cache key + content version', r'GraphQLHttpCache|ContentVersion'),
 ('execution: GraphQL.NET setup, validation, execution engine', r'GraphQLExecution\+<ExecuteAsync|DocumentExecuter|GraphQL\.Execution|ExecutionStrategy'),
 ('execution: validation rules', r'GraphQL\.Validation'),
 ('execution: complexity analysis', r'Complexity'),
 ('resolvers: fields of a record (id, kind, dates, names)', r'RecordFields|GlobalId|ExpressionFieldResolver|FuncFieldResolver|ConnectionGraphType'),
 ('data loaders: batching and results (excluding SQL)', r'BatchLoader|DataLoaderResult|DataLoaderRegistry|ContextLoaderExtensions'),
 ('root page: keys, cursors, connection (excluding SQL)', r'QueryablePager|PageRequest|KeysetCursor|KeysThenRows|QueryableConnection'),
 ('EF Core: query pipeline, SQL generation, materialisation', r'EntityFrameworkCore|lambda_method'),
 ('ADO/SQLite: open, prepare, step, read values', r'Microsoft\.Data\.Sqlite|SQLitePCL|System\.Data\.Common'),
 ('serialisation to JSON + copy to the response', r'GraphQLRequestHandler\+<WriteAsync|SystemTextJson|Utf8JsonWriter'),
 ('telemetry: metrics, activity tags, log sampling', r'GraphQLRequestTelemetry|KnowledgeHubMetrics'),
]
d = json.load(open(f)); frames = [fr['name'] for fr in d['shared']['frames']]
stage_of = []
for n in frames:
    hit = None
    for i, (_, pat) in enumerate(STAGES):
        if re.search(pat, n): hit = i
    stage_of.append(hit)
acc = collections.Counter(); gc = 0; total = 0; other = collections.Counter()
for p in d['profiles']:
    stack = []; last = None
    for e in p['events']:
        if last is not None and stack:
            w = e['at'] - last
            leafname = frames[stack[-1]]
            names = [frames[i] for i in stack]
            keep = leafname == 'CPU_TIME' or (leafname == 'UNMANAGED_CODE_TIME' and any('Sqlite' in n or 'SysSend' in n or 'SysReceive' in n for n in names))
            if keep and not any('RunFinalizers' in n for n in names):
                total += w
                if any(re.search(r'gc_heap|GarbageCollect|GCHeap|WKS::|SVR::', n) for n in names[-8:]):
                    acc['GC'] += w
                else:
                    s = None
                    for i in reversed(stack):
                        if stage_of[i] is not None: s = stage_of[i]; break
                    if s is None:
                        acc['other (thread pool, timers, async plumbing)'] += w
                        other[' > '.join(x[:70] for x in names[-5:-1])] += w
                    else: acc[STAGES[s][0]] += w
        last = e['at']
        if e['type'] == 'O': stack.append(e['frame'])
        elif stack: stack.pop()
print(f'CPU samples {total:.0f} ms for {requests} requests')
for name, _ in STAGES + [('GC', ''), ('other (thread pool, timers, async plumbing)', '')]:
    if acc[name]: print(f'{100*acc[name]/total:5.1f}%  {name}')
if '-v' in sys.argv:
    for k, v in other.most_common(15): print(f'   {v:6.0f} {k}')
