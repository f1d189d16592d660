#!/usr/bin/env python3
"""Issue 12's acceptance by measurement: `{ years }` latency while four clients send the abusive requests of the
issue in a loop. Usage: abuse.py URL [SECONDS]. Prints each reproduction's status, code and time, then the latency of
`{ years }` under the attack (median, p95, p99, max). Loopback only; standard library only. Run the API with its
rate limit raised (RateLimiting__PermitLimit), else the attackers' own address soon gets 429 and nothing is measured."""
import json, statistics, sys, threading, time, urllib.error, urllib.request

url = sys.argv[1]
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 10

def fragments(n):
    parts = ["fragment F0 on Query { years }"]
    parts += [f"fragment F{i} on Query {{ ...F{i-1} ...F{i-1} }}" for i in range(1, n)]
    return "query { ...F%d } " % (n - 1) + " ".join(parts)

ATTACKS = {
    "parse error after 130,000 spaces": "{" + " " * 130000 + "!}",
    "26 doubling fragments": fragments(26),
    "39 doubling fragments": fragments(39),
    "10,000 @skip on one field": "{ years " + "@skip(if: false) " * 10000 + "}",
    "or with 1,000 branches": "{ departments(where: {or: [%s]}) { nodes { id } } }" % ", ".join('{name: {eq: "x"}}' for _ in range(1000)),
}

def post(query):
    body = json.dumps({"query": query}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json", "Accept": "application/graphql-response+json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            status, text = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read()
    elapsed = time.perf_counter() - started
    try:
        code = json.loads(text)["errors"][0]["extensions"]["code"]
    except (ValueError, KeyError, IndexError, TypeError):
        code = ""
    return status, code, elapsed

for name, query in ATTACKS.items():
    status, code, elapsed = post(query)
    print(f"{name:36} {len(query.encode()):>9,} bytes  {status} {code:26} {elapsed * 1000:8.1f} ms")

stop = time.perf_counter() + seconds
sent = [0]
def attacker():
    queries = list(ATTACKS.values())
    i = 0
    while time.perf_counter() < stop:
        post(queries[i % len(queries)])
        sent[0] += 1
        i += 1

threads = [threading.Thread(target=attacker) for _ in range(4)]
for t in threads:
    t.start()
latencies, refused = [], {}
while time.perf_counter() < stop:
    status, code, elapsed = post("{ years }")
    if status != 200:
        refused[f"{status} {code}"] = refused.get(f"{status} {code}", 0) + 1
    latencies.append(elapsed * 1000)
for t in threads:
    t.join()
latencies.sort()
q = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))]
print(f"{{ years }} under 4 attackers for {seconds:.0f} s ({sent[0]:,} attacks): {len(latencies):,} answers, median {statistics.median(latencies):.1f} ms, "
      f"p95 {q(0.95):.1f} ms, p99 {q(0.99):.1f} ms, max {latencies[-1]:.1f} ms; not 200: {refused or 'none'}")
