#!/usr/bin/env python3
"""CPU samples of a JFR recording of the host by part of an article page: the first part (outermost rule that matches,
in the order below) whose frame is on the sample's stack, then within it by layer of the leaf frame.
With "alloc" as second argument, the allocation samples (jdk.ObjectAllocationSample) counted one each, not by their
weight (the weights of a thread pool's threads came out four times the heap the collector saw).
Usage: bench/jfr-parts.py FILE.jfr [alloc]"""
import collections, re, subprocess, sys
PARTS = [("related news", ("news.related.",)), ("book promo", ("news.publication.",)), ("SEO head", ("news.seo.",)),
         ("query parse (createQuery)", ("QueryManagerImpl.createQuery",)),
         ("read recording, keys", ("host.cache.ReadLog", "host.cache.SurrogateKeys", "host.cache.QueryReading", "CacheHeaders")),
         ("page item, links", ("news.rendering.", "rendering.SiteLinks", "rendering.SiteResolver", "virtualuri.")),
         ("templates (FreeMarker, cmsfn, ContentMap)", ("freemarker.", "host.rendering.TemplateRenderer")),
         ("page cache, HTTP", ("host.rendering.", "org.eclipse.jetty.", "host.http.", "host.metrics."))]
LAYERS = [("org.magnolianews.news.", "module"), ("org.magnolianews.host.", "host"), ("org.apache.jackrabbit.", "jackrabbit"),
          ("org.apache.lucene.", "lucene"), ("freemarker.", "freemarker"), ("org.eclipse.jetty.", "jetty"), ("org.h2.", "h2")]
EVENT = "jdk.ObjectAllocationSample" if len(sys.argv) > 2 and sys.argv[2] == "alloc" else "jdk.ExecutionSample"
text = subprocess.run(["jfr", "print", "--events", EVENT, "--stack-depth", "300", sys.argv[1]],
                      capture_output=True, text=True, check=True).stdout
parts, layers, total = collections.Counter(), collections.defaultdict(collections.Counter), 0
for block in text.split(EVENT + " {")[1:]:
    frames = [m.group(1) for m in re.finditer(r"^\s+([\w.$<>]+)\(", block, re.M)]
    if not frames:
        continue
    total += 1
    part = next((name for name, keys in PARTS if any(k in f for f in frames for k in keys)), "other (GC-free JVM work, background)")
    leaf = next((name for prefix, name in LAYERS if frames[0].startswith(prefix)), "jdk/other")
    parts[part] += 1
    layers[part][leaf] += 1
print("%d samples of %s" % (total, EVENT))
for part, n in parts.most_common():
    print("%5d %5.1f %%  %-42s %s" % (n, 100 * n / total, part, ", ".join("%s %d" % kv for kv in layers[part].most_common())))
