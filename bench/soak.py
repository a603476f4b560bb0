#!/usr/bin/env python3
"""Memory soak: a mixed load against a running server while its resident memory is sampled.

    bench/soak.py --url http://127.0.0.1:5090 --pid <server pid> --key <editor key> [--minutes 10]

Workers repeat searches with varied words (taken from seed-data/, so most are distinct requests
that no cache has seen), lists, nested lists, node and record look-ups, and a writer creates,
publishes and deletes programmes. Every 10 s it prints the server's resident memory; at the end
it compares the last sample with the end of the first minute (issue 21: within 100 MiB). Only the
standard library, only loopback; bounded by --minutes.
"""
import argparse
import http.client
import json
import random
import re
import threading
import time
import urllib.parse
from pathlib import Path

LISTS = [
    "{ programs(first: 50) { nodes { id slug kind title summary themes { slug } municipalities { code } updatedAt } } }",
    "{ familyPrograms(first: 50, order: [{ title: ASC }]) { nodes { title evidenceOfEffect } } }",
    "{ municipalExperiences(first: 50) { totalCount nodes { title municipality { name } } } }",
    "{ municipalities(first: 50) { nodes { name records(first: 20) { totalCount nodes { title } } } } }",
]


def words_from_seed(root: Path) -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in root.glob("*.json"))
    words = {w.lower() for w in re.findall(r"[A-Za-zÆØÅæøå]{5,}", text)}
    return sorted(words)


class Client:
    def __init__(self, url: str, key: str | None = None):
        parts = urllib.parse.urlsplit(url)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        self.headers = {"Content-Type": "application/json"}
        if key:
            self.headers["Authorization"] = f"Bearer {key}"

    def post(self, query: str, variables: dict | None = None) -> tuple[int, dict]:
        body = json.dumps({"query": query, "variables": variables or {}})
        try:
            self.conn.request("POST", "/graphql", body, self.headers)
            response = self.conn.getresponse()
            return response.status, json.loads(response.read() or b"{}")
        except (OSError, http.client.HTTPException, json.JSONDecodeError):
            self.conn.close()
            return 0, {}


def reader(url: str, words: list[str], stop: threading.Event, counts: dict, seed: int) -> None:
    rnd = random.Random(seed)
    client = Client(url)
    ids: list[str] = []
    while not stop.is_set():
        choice = rnd.random()
        if choice < 0.45:
            query = " ".join(rnd.sample(words, rnd.randint(1, 3)))
            status, answer = client.post(
                "query($q: String!) { search(query: $q, first: 10) { totalCount nodes { score record { id title } highlights { field } } } }",
                {"q": query})
            for node in (answer.get("data") or {}).get("search", {}).get("nodes", []) or []:
                ids.append(node["record"]["id"])
            del ids[:-500]
        elif choice < 0.75:
            status, _ = client.post(rnd.choice(LISTS))
        elif choice < 0.85:
            status, _ = client.post(
                "query($q: String!) { search(query: $q, first: 1) { nodes { record { title related(first: 5) { title } } } } }",
                {"q": rnd.choice(words)})
        elif ids:
            status, _ = client.post("query($id: ID!) { node(id: $id) { id ... on Record { title summary } } }", {"id": rnd.choice(ids)})
        else:
            continue
        counts[status] = counts.get(status, 0) + 1


CREATE = """mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id version } errors { __typename } } }"""
PUBLISH = """mutation($id: ID!, $v: Int!) { publishRecord(input: { id: $id, version: $v }) { record { version } errors { __typename } } }"""
DELETE = """mutation($id: ID!, $v: Int!) { deleteRecord(input: { id: $id, version: $v }) { deletedRecordId errors { __typename } } }"""


def writer(url: str, key: str, stop: threading.Event, counts: dict) -> None:
    client = Client(url, key)
    n = 0
    while not stop.is_set():
        n += 1
        slug = f"soak-{int(time.time())}-{n}"
        status, answer = client.post(CREATE, {"input": {
            "slug": slug, "title": f"Soak {n}", "summary": f"Et måleprogram nummer {n} til hukommelsesmåling.",
            "category": "PROJECT",
            "sources": [{"title": "Soak", "url": "https://example.invalid/soak"}]}})
        counts[f"create {status}"] = counts.get(f"create {status}", 0) + 1
        program = ((answer.get("data") or {}).get("createProgram") or {}).get("program")
        if program:
            status, answer = client.post(PUBLISH, {"id": program["id"], "v": program["version"]})
            record = ((answer.get("data") or {}).get("publishRecord") or {}).get("record")
            if record:
                client.post(DELETE, {"id": program["id"], "v": record["version"]})
        stop.wait(0.5)


def resident_mib(pid: int) -> float:
    return memory(pid)["VmRSS"]


def memory(pid: int) -> dict[str, float]:
    """Resident memory in MiB, split: RssAnon is the heaps (GC and native), RssFile the mapped files
    (the SQLite database, the Lucene index), RssShmem SQLite's WAL index; plus how many mapped
    files are already deleted, which only a reader that was never closed keeps."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "RssAnon", "RssFile", "RssShmem"):
            values[name] = int(rest.split()[0]) / 1024
    maps = Path(f"/proc/{pid}/maps").read_text().splitlines()
    values["deleted maps"] = sum(1 for line in maps if line.endswith("(deleted)") and "/memfd:" not in line)
    return values


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:5090")
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--key", help="an editor key, for the writer (none: reads only)")
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--readers", type=int, default=8)
    args = parser.parse_args()

    words = words_from_seed(Path(__file__).resolve().parent.parent / "seed-data")
    stop = threading.Event()
    counts: dict = {}
    threads = [threading.Thread(target=reader, args=(args.url, words, stop, counts, i), daemon=True) for i in range(args.readers)]
    if args.key:
        threads.append(threading.Thread(target=writer, args=(args.url, args.key, stop, counts), daemon=True))
    for thread in threads:
        thread.start()

    started = time.monotonic()
    samples = []
    while time.monotonic() - started < args.minutes * 60:
        time.sleep(10)
        elapsed = time.monotonic() - started
        parts = memory(args.pid)
        samples.append((elapsed, parts["VmRSS"]))
        split = "  ".join(f"{k} {v:.0f}" for k, v in parts.items() if k != "VmRSS")
        print(f"{elapsed:6.0f} s  {samples[-1][1]:7.1f} MiB  ({split})  {dict(sorted(counts.items(), key=str))}", flush=True)
    stop.set()
    for thread in threads:
        thread.join(timeout=35)

    first_minute = next((mib for t, mib in samples if t >= 60), samples[0][1])
    last = samples[-1][1]
    print(f"after the first minute {first_minute:.0f} MiB, at the end {last:.0f} MiB, growth {last - first_minute:+.0f} MiB "
          f"(target: within 100 MiB)")


if __name__ == "__main__":
    main()
