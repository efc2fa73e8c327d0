#!/usr/bin/env python3
"""Reads `jfr print --json --events jdk.ExecutionSample` on stdin; prints the share of CPU samples by thread kind,
the hottest methods (top frame), and the share under each of Verso's own entry points (first org.verso frame from
the bottom of the stack; else the library method nearest the top), so a profile of a load run reads in a minute."""
import collections
import json
import re
import sys

events = json.load(sys.stdin)["recording"]["events"]
total = len(events)
threads, tops, verso = collections.Counter(), collections.Counter(), collections.Counter()
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


def table(title, counter, n):
    print(f"{title} ({total} samples)")
    for key, count in counter.most_common(n):
        print(f"  {100.0 * count / total:5.1f} %  {key}")


table("threads", threads, 8)
table("hottest methods", tops, 15)
table("Verso entry points", verso, 15)
