#!/usr/bin/env python3
"""Reads `jfr print --json --stack-depth 300 --events jdk.ExecutionSample` on stdin (without --stack-depth, jfr keeps
five frames and no Verso frame is seen); prints the share of CPU samples by thread kind, the hottest methods (top
frame), the share under each of Verso's own entry points (first org.verso frame from the bottom of the stack; else
the library method nearest the top), and where the time went by area: the commit (Hibernate's flush, the database's
own commit), queries by the Verso method that ran them, and Verso's own code by method; so a profile of a load run
reads in a minute."""
import collections
import json
import re
import sys

# Optional argument: an UTC time (2026-12-08T02:35:54); only the samples taken from then on count.
since = sys.argv[1] if len(sys.argv) > 1 else ""
events = [e for e in json.load(sys.stdin)["recording"]["events"] if e["values"]["startTime"] >= since]
total = len(events)
threads, tops, verso = collections.Counter(), collections.Counter(), collections.Counter()
areas = collections.Counter()
PROXY = ("$$", "_Subclass", "ClientProxy", "lambda$", "_Observer", "_Bean")


def area(frames):
    """The commit, a query by its Verso caller, or Verso's own code by method (frames: top of the stack first)."""
    if any("TransactionImple.commitAndDisassociate" in f for f in frames):
        if any("flushBeforeTransactionCompletion" in f for f in frames):
            return "commit: Hibernate's flush"
        return "commit: the database" if any(f.startswith("org.h2.") or f.startswith("org.postgresql.")
                                             for f in frames) else "commit: the rest"
    caller = next((i for i, f in enumerate(frames) if f.startswith("org.verso.") and not any(p in f for p in PROXY)),
                  None)
    if caller is None:
        return "(no Verso frame)"
    if any(f.startswith(("org.hibernate.", "org.h2.", "io.agroal.", "org.postgresql.")) for f in frames[:caller]):
        return "query in " + frames[caller]
    return frames[caller]

for event in events:
    name = event["values"]["sampledThread"]["javaName"] or "?"
    threads[re.sub(r"[-#]?\d+$", "", name)] += 1
    frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
              for f in event["values"]["stackTrace"]["frames"]]
    if frames:
        tops[frames[0]] += 1
    own = [f for f in frames if f.startswith("org.verso.")]
    library = [f for f in frames if not f.startswith(("java.", "javax.", "jdk.", "sun."))]
    verso[own[-1] if own else "(no Verso frame) " + (library[0] if library else frames[0] if frames else "?")] += 1
    areas[area(frames)] += 1


def table(title, counter, n):
    print(f"{title} ({total} samples)")
    for key, count in counter.most_common(n):
        print(f"  {100.0 * count / total:5.1f} %  {key}")


table("threads", threads, 8)
table("hottest methods", tops, 15)
table("Verso entry points", verso, 15)
table("by area", areas, 30)
