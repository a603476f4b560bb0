#!/usr/bin/env python3
"""Cost calibration: milliseconds per complexity unit, per field kind, against a running server.

    bench/cost.py --url http://127.0.0.1:5090 [--repeat 15]

Start the server with its caches off, or the answers come from memory and measure nothing:
    --KnowledgeHub:HttpCaching:ResponseCacheMegabytes=0 --KnowledgeHub:Search:ResultCacheSize=0
    --KnowledgeHub:RateLimiting:Enabled=false

For each field kind it times two documents that differ only in how many times that kind is asked
for (more records on the page, more aliases, a child list added), and reads both documents'
complexity from the server's own cost report (`GraphQL-Cost: report`). The difference divided by
the number of extra calls is what one call costs: milliseconds (median of --repeat serial runs,
small and large interleaved so drift hits both) and units under the weights the server has now.
Plain list fields are the reference: their milliseconds per unit define the unit. The suggested
weight of a kind is what one call should weigh so that every kind costs the same milliseconds
per unit. Only loopback, only the standard library; serial requests, bounded by --repeat.
"""
import argparse
import http.client
import json
import statistics
import time
import urllib.parse

WORDS = ["barn", "familie", "skole", "trivsel", "sundhed", "kommune", "sprog", "unge", "forældre", "indsats"]
RECORD = "id slug title summary kind status version updatedAt"


class Server:
    def __init__(self, url: str):
        parts = urllib.parse.urlsplit(url)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)

    def post(self, query: str, variables: dict | None = None) -> tuple[float, dict]:
        body = json.dumps({"query": query, "variables": variables or {}})
        started = time.perf_counter()
        self.conn.request("POST", "/graphql", body, {"Content-Type": "application/json", "GraphQL-Cost": "report"})
        response = self.conn.getresponse()
        answer = json.loads(response.read())
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200 or answer.get("errors"):
            raise SystemExit(f"{response.status} {json.dumps(answer)[:400]}\nfor {query[:200]}")
        return elapsed, answer


def aliased(template: str, count: int) -> str:
    return "{ " + " ".join(f"a{i}: " + template.format(i=i, word=WORDS[i % len(WORDS)]) for i in range(count)) + " }"


def kinds(server: Server) -> list[tuple[str, str, str, int]]:
    """(kind, small document, large document, extra calls in the large one)."""
    _, answer = server.post("{ programs(first: 30) { nodes { id } } municipalities(first: 10) { nodes { code } } }")
    ids = [n["id"] for n in answer["data"]["programs"]["nodes"]]
    codes = [n["code"] for n in answer["data"]["municipalities"]["nodes"]]
    pages = len(ids)
    node = 'node(id: "{id}") {{ id ... on Record {{ title summary }} }}'
    nodes = lambda n: "{ " + " ".join(f"a{i}: " + node.format(id=ids[i % pages]) for i in range(n)) + " }"
    records = 'municipality(code: "{code}") {{ records(first: 20) {{ totalCount nodes {{ title }} }} }}'
    municipalities = lambda n: "{ " + " ".join(f"a{i}: " + records.format(code=codes[i % len(codes)]) for i in range(n)) + " }"
    search = "search(query: \"{word}\", first: 10) {{ totalCount nodes {{ score record {{ id title }} }} }}"
    faceted = "search(query: \"{word}\", first: 10) {{ totalCount nodes {{ score record {{ id title }} }} facets {{ field values {{ value count }} }} }}"
    bare = f"{{ programs(first: {pages}) {{ nodes {{ id }} }} }}"
    related = lambda parents, n: f"{{ programs(first: {parents}) {{ nodes {{ id related(first: {n}) {{ slug title }} }} }} }}"
    return [
        # Four aliased pages, so the difference is large enough to measure.
        ("plain list fields (per record, 8 scalars)", f"{{ programs(first: 5) {{ nodes {{ {RECORD} }} }} }}",
         "{ " + " ".join(f"p{i}: programs(first: {pages}) {{ nodes {{ {RECORD} }} }}" for i in range(4)) + " }", 4 * pages - 5),
        ("nested child list (per parent and list)", bare,
         f"{{ programs(first: {pages}) {{ nodes {{ id themes {{ slug name }} targetGroups {{ slug name }} municipalities {{ code name }} }} }} }}",
         3 * pages),
        # Three parents: at 100,000 records one call takes ~0.06 s, and three related(first: 50)
        # are what MaxComplexity still lets through with the measured weights.
        ("related(first: 5) (per call)", related(1, 5), related(3, 5), 2),
        ("related(first: 50) (per call)", related(1, 50), related(3, 50), 2),
        ("search, no facets (per call)", aliased(search, 1), aliased(search, 8), 7),
        ("search facets (per call, on top of the search)", aliased(search, 8), aliased(faceted, 8), 8),
        ("node (per call)", nodes(1), nodes(30), 29),
        ("municipality records(first: 20) (per call)", municipalities(1), municipalities(10), 9),
    ]


def measure(server: Server, small: str, large: str, repeat: int) -> tuple[float, float, float, float]:
    for _ in range(3):
        server.post(small)
        server.post(large)
    times: dict[str, list[float]] = {small: [], large: []}
    for _ in range(repeat):
        for query in (small, large):
            elapsed, _ = server.post(query)
            times[query].append(elapsed)
    complexity = {q: server.post(q)[1]["extensions"]["cost"]["complexity"] for q in (small, large)}
    return statistics.median(times[small]), statistics.median(times[large]), complexity[small], complexity[large]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:5090")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    server = Server(args.url)

    rows = []
    for kind, small, large, calls in kinds(server):
        t_small, t_large, c_small, c_large = measure(server, small, large, args.repeat)
        ms = (t_large - t_small) / calls
        units = (c_large - c_small) / calls
        rows.append((kind, calls, t_small, t_large, ms, units))

    reference = rows[0][4] / rows[0][5]
    print(f"reference: plain list fields, {reference * 1000:.1f} µs per unit")
    print(f"{'kind':50} {'calls':>5} {'small ms':>9} {'large ms':>9} {'ms/call':>8} {'units/call':>10} {'ms/unit':>8} {'weight':>8}")
    for kind, calls, t_small, t_large, ms, units in rows:
        per_unit = ms / units if units else float("nan")
        print(f"{kind:50} {calls:5d} {t_small:9.1f} {t_large:9.1f} {ms:8.3f} {units:10.1f} {per_unit:8.4f} {ms / reference:8.0f}")


if __name__ == "__main__":
    main()
