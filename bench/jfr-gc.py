#!/usr/bin/env python3
"""Heap allocated and GC work in a JFR recording, from the collector's own events (exact, unlike allocation samples):
allocated = the sum over collections of (heap used before it - heap used after the previous one).
Usage: bench/jfr-gc.py FILE.jfr [REQUESTS]"""
import re, subprocess, sys
unit = {"bytes": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}
out = subprocess.run(["jfr", "print", "--events", "jdk.GCHeapSummary", sys.argv[1]], capture_output=True, text=True, check=True).stdout
used = [(w, float(v) * unit[u]) for w, v, u in re.findall(r'when = "(\w+) GC".*?heapUsed = ([\d.]+) (\w+)', out, re.S)]
allocated, after, afters = 0.0, None, []
for when, value in used:
    if when == "Before" and after is not None:
        allocated += max(0.0, value - after)
    if when == "After":
        after = value
        afters.append(value)
gc = subprocess.run(["jfr", "print", "--events", "jdk.GarbageCollection", sys.argv[1]], capture_output=True, text=True, check=True).stdout
pauses = sum(float(v) * (1 if u == "ms" else 1000 if u == "s" else 0.001) for v, u in re.findall(r"sumOfPauses = ([\d.]+) (\w+)", gc))
count = len(re.findall(r"jdk.GarbageCollection", gc))
requests = int(sys.argv[2]) if len(sys.argv) > 2 else 0
print("allocated %.0f MB%s; %d collections, pauses %.0f ms%s; heap after GC %.0f-%.0f MB" % (
    allocated / 1e6, " (%.2f MB/request)" % (allocated / 1e6 / requests) if requests else "", count, pauses,
    " (%.2f ms/request)" % (pauses / requests) if requests else "", min(afters) / 1e6 if afters else 0, max(afters) / 1e6 if afters else 0))
