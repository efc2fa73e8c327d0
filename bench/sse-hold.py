#!/usr/bin/env python3
"""Holds COUNT server-sent-event streams open against one Verso instance, as COUNT open editor tabs would.

Usage: SSE_COOKIE='name=value; ...' bench/sse-hold.py STATUS_FILE COUNT HOST:PORT PATH [PATH ...]
Stream i asks for PATH[i % len(PATHS)]. A stream counts as open only once it answered 200 text/event-stream and
delivered its first event (the ping every stream starts with). Once a second STATUS_FILE is rewritten with
{"open", "failed", "closed", "events", "errors"}; runs until SIGTERM or SIGINT. asyncio on raw sockets: one
process and no thread per stream, so the client costs the 2-core machine as little as possible.
"""
import asyncio
import json
import os
import signal
import sys

status_file, count, hostport, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
host, port = hostport.rsplit(":", 1)
cookie = os.environ["SSE_COOKIE"]
state = {"open": 0, "failed": 0, "closed": 0, "events": 0, "errors": {}}


def fail(reason):
    state["failed"] += 1
    state["errors"][reason] = state["errors"].get(reason, 0) + 1


async def stream(i, gate):
    path = paths[i % len(paths)]
    async with gate:  # at most 50 opening at once, like tabs being opened, not a connection flood
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)), 30)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {hostport}\r\nAccept: text/event-stream\r\n"
                         f"Cookie: {cookie}\r\n\r\n".encode())
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
            status = head.split(b"\r\n", 1)[0].decode(errors="replace")
            if " 200" not in status or b"text/event-stream" not in head.lower():
                writer.close()
                return fail(status)
            data = head.split(b"\r\n\r\n", 1)[1]
            while b"data:" not in data:
                chunk = await asyncio.wait_for(reader.read(65536), 30)
                if not chunk:
                    return fail("closed before the first event")
                data += chunk
        except Exception as e:  # refused, timed out, reset: counted, never fatal
            return fail(type(e).__name__)
    state["open"] += 1
    state["events"] += data.count(b"data:")
    try:
        while chunk := await reader.read(65536):
            state["events"] += chunk.count(b"data:")  # an event cut between two reads is missed: a count, not a proof
    except Exception:
        pass
    state["open"] -= 1
    state["closed"] += 1


async def main():
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set)
    gate = asyncio.Semaphore(50)
    tasks = [asyncio.create_task(stream(i, gate)) for i in range(count)]
    while not stop.is_set():
        with open(status_file + ".tmp", "w") as out:
            json.dump(state, out)
        os.replace(status_file + ".tmp", status_file)  # readers never see half a file
        try:
            await asyncio.wait_for(stop.wait(), 1)
        except asyncio.TimeoutError:
            pass
    for t in tasks:
        t.cancel()


asyncio.run(main())
