#!/usr/bin/env bash
# Does a webhook receiver that never answers slow down saves? Starts two receivers on 127.0.0.1, one that accepts
# connections and never says a word and one that answers 200 at once, imports an article, adds a language, and times
# N rejections (each a save that fires segment.rejected) in blocks of 25, in turn: with a webhook for
# segment.rejected pointing at the silent receiver, at the answering one, and without any webhook, so all three meet
# the same machine at the same moment (the order rotates each round; 60 untimed saves warm the server up first).
# Every rejection is preceded by an untimed save of the text as TRANSLATED. Before each silent block, untimed
# rejections run until a delivery to the silent receiver is in flight (both job threads then wait in it for the
# whole block); after it, the bench waits out the 10 s read timeout so the next block meets free job threads.
# Prints their latencies side by side.
# The server must allow the receiver's address: start Verso with -Dverso.webhooks.allow=127.0.0.1.
# Usage: VERSO_URL=http://localhost:8080 VERSO_USER=admin VERSO_PASSWORD=... bench/webhook-saves.sh [N]
set -euo pipefail
URL=${VERSO_URL:-http://localhost:8080}
export VERSO_URL=$URL VERSO_USER=${VERSO_USER:-admin} VERSO_PASSWORD=${VERSO_PASSWORD:?set VERSO_PASSWORD}
export N=${1:-200}

python3 - <<'PY'
import base64, http.client, json, os, socket, statistics, threading, time, urllib.parse

url = urllib.parse.urlparse(os.environ["VERSO_URL"])
auth = "Basic " + base64.b64encode(f"{os.environ['VERSO_USER']}:{os.environ['VERSO_PASSWORD']}".encode()).decode()
n, block = int(os.environ["N"]), 25

silent = socket.socket()
silent.bind(("127.0.0.1", 0))
silent.listen(1000)
held = []
def accept():
    while True:
        held.append(silent.accept()[0])  # never read, never answered
threading.Thread(target=accept, daemon=True).start()

import http.server
class Answer(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *args):
        pass
answering = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=answering.serve_forever, daemon=True).start()

conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=120)
def call(method, path, body=None, cookie=None):
    headers = {"Content-Type": "application/json"}
    headers["Cookie" if cookie else "Authorization"] = cookie or auth
    conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    response = conn.getresponse()
    return response.status, response.read(), response.getheader("Set-Cookie")

# one session for the timed saves, so no BCrypt check sits inside them
login = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
form = urllib.parse.urlencode({"j_username": os.environ["VERSO_USER"], "j_password": os.environ["VERSO_PASSWORD"]})
login.request("POST", "/j_security_check", body=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
r = login.getresponse(); r.read()
cookie = r.getheader("Set-Cookie").split(";")[0]

text = " ".join(f"Sentence number {w} stands alone." for w in
                ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
status, data, _ = call("POST", "/api/documents", {"title": "webhook bench", "sourceLanguage": "en",
                                                  "format": "text", "content": text + "\n"})
assert status == 201, (status, data)
doc = json.loads(data)["id"]
status, data, _ = call("POST", f"/api/documents/{doc}/languages", {"language": "de"})
assert status == 201, (status, data)
segments = [s["id"] for s in json.loads(call("GET", f"/api/documents/{doc}/segments")[1])]
versions = {s: 0 for s in segments}
hook_urls = {"silent": f"http://127.0.0.1:{silent.getsockname()[1]}/never",
             "answering": f"http://127.0.0.1:{answering.server_address[1]}/ok"}

def save(segment, status_name, timed):
    body = {"text": f"Satz {versions[segment]}.", "status": status_name, "version": versions[segment],
            "comment": "bench"}
    t0 = time.perf_counter()
    status, data, _ = call("PUT", f"/api/documents/{doc}/languages/de/translations/{segment}", body, cookie)
    ms = (time.perf_counter() - t0) * 1000
    assert status == 200, (status, data)
    versions[segment] = json.loads(data)["version"]
    return ms

modes = ("silent", "answering", "none")
times = {m: [] for m in modes}
attempts = {m: 0 for m in modes}
stalled = {m: 0 for m in modes}

def pair(k, timed):
    segment = segments[k % len(segments)]
    save(segment, "TRANSLATED", False)
    return save(segment, "REJECTED", timed)

# Warm-up, untimed: the first saves after a start pay for class loading and the JIT, and would land in one mode.
for k in range(60):
    pair(k, False)

def silent_in_flight():
    # Untimed rejections until a delivery to the silent receiver is in flight (a job thread stuck in it), so the
    # timed block meets a receiver that is not answering right now, not one no job has reached yet.
    before, deadline, k = len(held), time.time() + 60, 0
    while len(held) == before and time.time() < deadline:
        pair(k, False)
        k += 1
        time.sleep(0.1)
    return len(held) > before

blocks = n // block
for b in range(blocks):
    # rotate the order each round, so no mode always follows the same one
    rnd, pos = divmod(b, len(modes))
    mode = modes[(pos + rnd) % len(modes)]
    hook = None
    if mode != "none":
        status, data, _ = call("POST", "/api/webhooks", {"url": hook_urls[mode], "secret": "bench",
                                                          "events": ["segment.rejected"]})
        assert status == 201, (status, data)
        hook = json.loads(data)["id"]
    if mode == "silent":
        stalled[mode] += silent_in_flight()
    else:
        for k in range(10):  # the same kind of untimed lead-in as the silent block's
            pair(k, False)
            time.sleep(0.1)
    for k in range(block):
        times[mode].append(pair(b * block + k, True))
    if hook is not None:
        # attempts logged so far; deleting the webhook drops its messages still queued
        attempts[mode] += len(json.loads(call("GET", f"/api/webhooks/{hook}/deliveries")[1]))
        call("DELETE", f"/api/webhooks/{hook}")
    if mode == "silent":
        # let the attempts in flight run out their read timeout, so the next block meets free job threads
        time.sleep(11)

def q(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]

print(f"{n} rejections (saves firing segment.rejected) in blocks of {block}, in turn; {len(held)} connections held"
      f" open by the silent receiver; attempts logged before each block's webhook was removed: silent"
      f" {attempts['silent']}, answering {attempts['answering']}; silent blocks timed with a delivery in flight:"
      f" {stalled['silent']} of {len(times['silent']) // block}")
print(f"{'webhook':<28} {'saves':>6} {'mean ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
for mode, label in (("silent", "never-answering receiver"), ("answering", "receiver answering 200"),
                    ("none", "no webhook")):
    t = times[mode]
    print(f"{label:<28} {len(t):>6} {statistics.mean(t):>8.2f} {q(t, .5):>8.2f} {q(t, .95):>8.2f} {q(t, .99):>8.2f}")
PY
