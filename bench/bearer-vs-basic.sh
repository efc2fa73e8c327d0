#!/usr/bin/env bash
# What does an API call cost with a personal API token (Authorization: Bearer, one SHA-256 and one indexed read)
# against HTTP Basic (a BCrypt check on every request)? Creates a read-only token for the user, then makes N calls of
# GET /api/me with each, interleaved (Basic, Bearer, Basic, …) over one keep-alive connection per scheme, so both see
# the same machine at the same moment, and prints their latencies side by side. Revokes the token at the end.
# Usage: VERSO_URL=http://localhost:8080 VERSO_USER=admin VERSO_PASSWORD=... bench/bearer-vs-basic.sh [N]
set -euo pipefail
URL=${VERSO_URL:-http://localhost:8080}
export VERSO_URL=$URL VERSO_USER=${VERSO_USER:-admin} VERSO_PASSWORD=${VERSO_PASSWORD:?set VERSO_PASSWORD}
export N=${1:-1000} WARMUP=${WARMUP:-20}

python3 - <<'PY'
import base64, http.client, json, os, statistics, time, urllib.parse

url = urllib.parse.urlparse(os.environ["VERSO_URL"])
user, password, n = os.environ["VERSO_USER"], os.environ["VERSO_PASSWORD"], int(os.environ["N"])
basic = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

def connection():
    return http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)

def call(conn, method, path, auth, body=None):
    headers = {"Authorization": auth}
    if body is not None:
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    return response.status, data

admin = connection()
status, data = call(admin, "POST", "/api/me/tokens", basic,
                    json.dumps({"name": "bench bearer-vs-basic", "scopes": ["read"]}))
assert status == 201, (status, data)
created = json.loads(data)
bearer = "Bearer " + created["token"]

conns = {"basic": connection(), "bearer": connection()}
auths = {"basic": basic, "bearer": bearer}
times = {"basic": [], "bearer": []}
for scheme in ("basic", "bearer"):  # warm-up: JIT, connection, first BCrypt
    for _ in range(int(os.environ["WARMUP"])):
        call(conns[scheme], "GET", "/api/me", auths[scheme])
start = time.perf_counter()
for i in range(n):
    for scheme in (("basic", "bearer") if i % 2 == 0 else ("bearer", "basic")):
        t0 = time.perf_counter()
        status, _ = call(conns[scheme], "GET", "/api/me", auths[scheme])
        times[scheme].append((time.perf_counter() - t0) * 1000)
        assert status == 200, (scheme, status)
wall = time.perf_counter() - start

def q(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]

print(f"{n} calls of GET /api/me per scheme, interleaved, {wall:.1f} s in all")
print(f"{'scheme':<8} {'total s':>8} {'mean ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
for scheme in ("basic", "bearer"):
    t = times[scheme]
    print(f"{scheme:<8} {sum(t) / 1000:>8.1f} {statistics.mean(t):>8.2f} {q(t, .5):>8.2f} {q(t, .95):>8.2f}"
          f" {q(t, .99):>8.2f}")
status, _ = call(admin, "DELETE", f"/api/me/tokens/{created['id']}", basic)
assert status == 204, status
PY
