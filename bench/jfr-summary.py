#!/usr/bin/env python3
"""Summarises a JFR recording of the host (bench/site-miss.sh JFR_DIR=…): CPU samples (jdk.ExecutionSample) and
allocation (jdk.ObjectAllocationSample, by weight) by the layer of the leaf frame (own code, Jackrabbit, Lucene,
FreeMarker, Jetty, JDK …), and inclusively by method (every method on a sample's stack counted once).
Usage: bench/jfr-summary.py FILE.jfr [TOP]"""
import collections, re, subprocess, sys

LAYERS = [("org.magnolianews.news.", "module"), ("org.magnolianews.host.", "host"), ("org.apache.jackrabbit.", "jackrabbit"),
          ("org.apache.lucene.", "lucene"), ("freemarker.", "freemarker"), ("org.eclipse.jetty.", "jetty"),
          ("org.h2.", "h2"), ("jakarta.", "servlet"), ("java.", "jdk"), ("jdk.", "jdk"), ("sun.", "jdk"), ("com.github.benmanes", "caffeine")]

def layer(frame):
    for prefix, name in LAYERS:
        if frame.startswith(prefix):
            return name
    return "other"

def events(path, kind):
    text = subprocess.run(["jfr", "print", "--events", kind, "--stack-depth", "300", path], capture_output=True, text=True, check=True).stdout
    for block in text.split(kind + " {")[1:]:
        frames = [m.group(1) for m in re.finditer(r"^\s+([\w.$<>]+)\(.*line:", block, re.M)]
        weight = 1
        m = re.search(r"weight = ([\d.]+) (\w+)", block)
        if m:
            unit = {"bytes": 1, "byte": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}.get(m.group(2), 1)
            weight = float(m.group(1)) * unit
        cls = re.search(r"objectClass = ([\w.$\[\]]+)", block)
        yield frames, weight, cls.group(1) if cls else None

def own(frames):
    """The innermost frame of the host or module: whose work it is."""
    for f in frames:
        if f.startswith("org.magnolianews."):
            return f
    return "(no own frame)"

def report(path, kind, top, unit):
    by_layer, by_method, by_own, by_class = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for frames, weight, cls in events(path, kind):
        if not frames:
            continue
        total += weight
        by_layer[layer(frames[0])] += weight
        by_own[own(frames)] += weight
        for f in set(frames):
            by_method[f] += weight
        if cls:
            by_class[cls] += weight
    fmt = (lambda w: "%7.1f MB" % (w / 1e6)) if unit == "bytes" else (lambda w: "%6d" % w)
    print("## %s: %s %s" % (kind, fmt(total).strip(), "" if unit == "bytes" else "samples"))
    if not total:
        return
    print("### by layer of the leaf frame")
    for k, v in by_layer.most_common():
        print("  %s %5.1f %%  %s" % (fmt(v), 100 * v / total, k))
    print("### inclusive, by method (top %d)" % top)
    for k, v in by_method.most_common(top):
        print("  %s %5.1f %%  %s" % (fmt(v), 100 * v / total, k))
    print("### by innermost own frame (top %d)" % top)
    for k, v in by_own.most_common(top):
        print("  %s %5.1f %%  %s" % (fmt(v), 100 * v / total, k))
    if by_class:
        print("### by allocated class (top 20)")
        for k, v in by_class.most_common(20):
            print("  %s %5.1f %%  %s" % (fmt(v), 100 * v / total, k))

if __name__ == "__main__":
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    report(sys.argv[1], "jdk.ExecutionSample", top, "samples")
    report(sys.argv[1], "jdk.ObjectAllocationSample", top, "bytes")
