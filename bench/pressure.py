#!/usr/bin/env python3
"""Health and a normal reader while worst-case requests run (issue 21, item 2).

    bench/pressure.py --url http://127.0.0.1:5090 [--attackers 40] [--seconds 20] [--hostile]

First the idle values: `/healthz` and a normal reader (a record page and a list page of 10, one
request every 50 ms each). Then --attackers connections send the worst case of issue 21 (--shape issue:
`search(first: 50) { nodes { record { related(first: 50) { … } } } }`; --shape allowed: the same
with `first: 3`, the most related searches still under MaxComplexity), anonymous, each again as
soon as it has its answer (after the Retry-After of a refusal, unless --hostile, which sends again
at once), while the same probes go on. It prints p50/p99/max of both probes, idle and under load,
the reader's p99 against its idle p99 (target: under 10×), and the attackers' answers by status.

The attackers come from 127.0.0.2 and the probes from 127.0.0.3 (the whole 127/8 is loopback on
Linux), so the server sees two clients, as it would in production: a reader is not one of the
attacker's connections. Run the server on 127.0.0.1 or 0.0.0.0 with its caches off, or the
repeated worst case comes from the response cache. Only the standard library, only loopback;
bounded by --seconds.
"""
import argparse
import http.client
import json
import statistics
import threading
import time
import urllib.parse

SHAPES = {
    # Issue 21's worst case; with the measured weights it is refused (MAX_COMPLEXITY_EXCEEDED).
    "issue": "query($q: String!) { search(query: $q, first: 50) { nodes { record { slug related(first: 50) { slug title summary } } } } }",
    # The most related searches one request may still ask for: priced expensive, so gated.
    "allowed": "query($q: String!) { search(query: $q, first: 3) { nodes { record { slug related(first: 50) { slug title summary } } } } }",
}
WORDS = ["barn", "familie", "skole", "trivsel", "sundhed", "kommune", "sprog", "unge"]
READER = [
    ("POST", "{ programs(first: 10) { totalCount nodes { id slug title summary themes { name } } } }"),
    ("POST", '{ record(slug: "pmto") { title summary themes { name } municipalities { name } } }'),
]


def connect(url: str, source: str) -> http.client.HTTPConnection:
    parts = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=60, source_address=(source, 0))


def timed(conn: http.client.HTTPConnection, method: str, path: str, body: str | None = None) -> tuple[float, int, dict]:
    started = time.perf_counter()
    # graphql-response+json: a refusal before execution is a 4xx, not the legacy 200.
    conn.request(method, path, body, {"Content-Type": "application/json", "Accept": "application/graphql-response+json"} if body else {})
    response = conn.getresponse()
    payload = response.read()
    headers = dict(response.getheaders())
    if body and response.status != 200:
        errors = json.loads(payload or b"{}").get("errors") or [{}]
        headers["code"] = errors[0].get("extensions", {}).get("code", "")
    return (time.perf_counter() - started) * 1000, response.status, headers


def probe(url: str, stop: threading.Event, health: list, reader: list) -> None:
    conn = connect(url, "127.0.0.3")
    turn = 0
    while not stop.is_set():
        elapsed, status, _ = timed(conn, "GET", "/healthz")
        health.append(elapsed if status == 200 else float("inf"))
        _, query = READER[turn % len(READER)]
        elapsed, status, _ = timed(conn, "POST", "/graphql", json.dumps({"query": query}))
        reader.append(elapsed if status == 200 else float("inf"))
        turn += 1
        stop.wait(0.05)


def attacker(url: str, stop: threading.Event, hostile: bool, shape: str, seed: int, answers: dict, lock: threading.Lock) -> None:
    conn = connect(url, "127.0.0.2")
    n = seed
    while not stop.is_set():
        body = json.dumps({"query": shape, "variables": {"q": WORDS[n % len(WORDS)]}})
        n += 1
        try:
            elapsed, status, headers = timed(conn, "POST", "/graphql", body)
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = connect(url, "127.0.0.2")
            status, headers, elapsed = 0, {}, 0.0
        with lock:
            answers.setdefault(f"{status} {headers.get('code', '')}".strip(), []).append(elapsed)
        if status != 200 and not hostile:
            stop.wait(float(headers.get("Retry-After", "1")))


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    if not ordered:
        return "n=    0 (no answer at all)"
    p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]
    return f"n={len(ordered):5d} p50 {p(0.5):7.1f} ms  p99 {p(0.99):7.1f} ms  max {ordered[-1]:7.1f} ms"


def phase(url: str, seconds: float, attackers: int, hostile: bool, shape: str = "") -> tuple[list, list, dict]:
    stop = threading.Event()
    health: list[float] = []
    reader: list[float] = []
    answers: dict = {}
    lock = threading.Lock()
    threads = [threading.Thread(target=probe, args=(url, stop, health, reader), daemon=True)]
    threads += [threading.Thread(target=attacker, args=(url, stop, hostile, shape, i, answers, lock), daemon=True) for i in range(attackers)]
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(timeout=65)
    return health, reader, answers


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:5090")
    parser.add_argument("--attackers", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--hostile", action="store_true", help="send again at once after a refusal")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="issue", help="what the attackers send")
    args = parser.parse_args()

    phase(args.url, 2, 0, False)  # warm-up: JIT, connections, the reader's documents
    idle_health, idle_reader, _ = phase(args.url, args.seconds / 2, 0, False)
    health, reader, answers = phase(args.url, args.seconds, args.attackers, args.hostile, SHAPES[args.shape])

    print(f"idle   /healthz  {summary(idle_health)}")
    print(f"idle   reader    {summary(idle_reader)}")
    print(f"load   /healthz  {summary(health)}")
    print(f"load   reader    {summary(reader)}")
    ratio = sorted(reader)[int(0.99 * len(reader))] / sorted(idle_reader)[int(0.99 * len(idle_reader))]
    print(f"reader p99 under load / idle p99: {ratio:.1f}x (target < 10x); /healthz max {max(health):.1f} ms (target < 100 ms)")
    for status, times in sorted(answers.items()):
        print(f"attackers: {status}: {len(times)} answers, median {statistics.median(times):.0f} ms")


if __name__ == "__main__":
    main()
