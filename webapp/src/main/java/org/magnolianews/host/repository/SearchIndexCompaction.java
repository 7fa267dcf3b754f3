package org.magnolianews.host.repository;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Leaves a workspace's Lucene search index as one sub-index after a bulk load (the end of {@code generate}, for the live
 * workspaces the public site and delivery search: merging costs ~7 s per 20,000 articles, and the author side's lists
 * are not what the public waits for).
 *
 * <p>Why: Jackrabbit's {@code MultiIndex} keeps a workspace's index as several Lucene indexes (one per flush of its
 * in-memory index, merged in tiers of {@code mergeFactor} by {@code IndexMerger}: 11 for {@code news_live} at 20,000
 * articles), and every query pays per sub-index: each term's document frequency is looked up in each of them, and the
 * scorers and sort comparators are set up per sub-index. One merged index makes a delivery full-text search ~25 %
 * cheaper (docs/benchmarks.md, "Full-text search, session 7").
 *
 * <p>How, with Jackrabbit's own merger only: Jackrabbit offers no call that merges all sub-indexes, but it sorts the
 * existing ones into its size buckets again at every open ({@code MultiIndex} calls {@code IndexMerger.indexAdded} for
 * each) and merges a bucket when it holds {@code mergeFactor} of them, all at once. So each fragmented workspace's
 * {@code workspace.xml} gets, for one extra open of the repository, a first bucket holding every size
 * ({@code minMergeDocs} {@value #ALL_SIZES}) and {@code mergeFactor} = its number of sub-indexes; the workspace is
 * opened, the merge awaited (the index's {@code indexes_N} file then names one sub-index), the repository closed and
 * both parameters removed again. Running with those parameters would merge everything below a billion documents every
 * {@code mergeFactor} flushes; {@link #restoreParameters} is also applied at every start, so an interrupted compaction
 * leaves nothing behind. Only for the shipped embedded configuration (not {@code --repository-config}).
 *
 * <p>Sources: Jackrabbit 2.22 {@code IndexMerger.indexAdded} (buckets from {@code minMergeDocs} times powers of
 * {@code mergeFactor}; a bucket of {@code mergeFactor} indexes is merged whole, more than two needed),
 * {@code MultiIndex(SearchIndex, Set)} (existing indexes handed to the merger at open), {@code IndexInfos.read}
 * (the {@code indexes_N} file). See docs/magnolia-compatibility.md, "Jackrabbit search index merging".
 */
public final class SearchIndexCompaction {

    /** A first merge bucket of up to a billion documents (below {@code maxMergeDocs}, Integer.MAX_VALUE). */
    static final String ALL_SIZES = "1000000000";
    static final List<String> PARAMETERS = List.of("minMergeDocs", "mergeFactor");
    private static final long MAX_WAIT_MILLIS = 30 * 60 * 1000L;
    private static final SimpleCredentials SYSTEM = new SimpleCredentials("admin", "admin".toCharArray());
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexCompaction.class);

    private SearchIndexCompaction() {
    }

    /**
     * Merges the search index of each of {@code workspaces} of the (closed) embedded repository in {@code dataDir} that
     * has more than two sub-indexes (Jackrabbit merges no fewer than three) into one.
     *
     * @return the workspaces compacted, with the number of sub-indexes each had
     */
    public static Map<String, Integer> apply(Path dataDir, java.util.Collection<String> workspaces) {
        try {
            Map<String, Integer> fragmented = new LinkedHashMap<>();
            for (Map.Entry<String, Path> workspace : WorkspaceFiles.workspaceXmls(dataDir).entrySet()) {
                if (!workspaces.contains(workspace.getKey())) {
                    continue;
                }
                int count = subIndexes(indexOf(workspace.getValue())).size();
                if (count > 2) {
                    fragmented.put(workspace.getKey(), count);
                }
            }
            if (fragmented.isEmpty()) {
                return fragmented;
            }
            Map<String, Path> xmls = WorkspaceFiles.workspaceXmls(dataDir);
            try {
                for (Map.Entry<String, Integer> workspace : fragmented.entrySet()) {
                    setParameters(xmls.get(workspace.getKey()), Map.of("minMergeDocs", ALL_SIZES,
                            "mergeFactor", Integer.toString(workspace.getValue())));
                }
                merge(dataDir, fragmented.keySet(), xmls);
            } finally {
                restoreParameters(dataDir);
            }
            LOG.info("Search indexes merged into one sub-index each: {}", fragmented);
            return fragmented;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact the search indexes in " + dataDir, e);
        }
    }

    private static void merge(Path dataDir, Iterable<String> workspaces, Map<String, Path> xmls) throws IOException {
        RepositoryImpl repository = ContentRepository.startEmbedded(dataDir);
        try {
            List<Session> sessions = new ArrayList<>();
            try {
                for (String workspace : workspaces) {
                    sessions.add(repository.login(SYSTEM, workspace)); // opens its search index: the merge starts
                }
                long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
                for (String workspace : workspaces) {
                    Path index = indexOf(xmls.get(workspace));
                    while (subIndexes(index).size() > 1) {
                        if (System.currentTimeMillis() > deadline) {
                            // still correct, only slower to search; the next merges Jackrabbit makes itself
                            LOG.warn("The search index of {} was not merged within 30 minutes; left as it is", workspace);
                            return;
                        }
                        Thread.sleep(50);
                    }
                }
            } finally {
                sessions.forEach(Session::logout);
            }
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot open the repository in " + dataDir + " to merge its search indexes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while merging the search indexes", e);
        } finally {
            repository.shutdown();
        }
    }

    /** Removes the compaction's parameters from every workspace's {@code workspace.xml} (none there: nothing written). */
    static void restoreParameters(Path dataDir) {
        try {
            for (Path xml : WorkspaceFiles.workspaceXmls(dataDir).values()) {
                String text = Files.readString(xml);
                if (PARAMETERS.stream().noneMatch(text::contains)) {
                    continue; // the usual case at every start: nothing to remove, no XML to parse
                }
                Document document = parse(xml);
                Element index = searchIndex(document);
                boolean changed = false;
                if (index != null) {
                    for (Element param : params(index)) {
                        if (PARAMETERS.contains(param.getAttribute("name"))) {
                            param.getParentNode().removeChild(param);
                            changed = true;
                        }
                    }
                }
                if (changed) {
                    write(document, xml);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore the search index settings in " + dataDir, e);
        }
    }

    /**
     * The names of a workspace index's sub-indexes, from its newest {@code indexes_<generation>} file (Jackrabbit 2's
     * {@code IndexInfos}: version, counter, count, then each name and its generation), those whose folder exists (the
     * ones Jackrabbit opens); none without one.
     */
    static List<String> subIndexes(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return List.of();
        }
        Optional<Path> newest;
        try (Stream<Path> files = Files.list(indexDir)) {
            newest = files.filter(f -> f.getFileName().toString().startsWith("indexes_"))
                    .max(java.util.Comparator.comparingLong(SearchIndexCompaction::generation));
        }
        if (newest.isEmpty()) {
            return List.of();
        }
        for (int attempt = 0; ; attempt++) {
            try (InputStream in = Files.newInputStream(newest.get());
                 DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
                data.readInt(); // version
                data.readInt(); // counter for new names
                List<String> names = new ArrayList<>();
                for (int i = data.readInt(); i > 0; i--) {
                    String name = data.readUTF();
                    data.readLong();
                    if (Files.isDirectory(indexDir.resolve(name))) { // Jackrabbit opens only those that exist
                        names.add(name);
                    }
                }
                return names;
            } catch (EOFException | java.nio.file.NoSuchFileException e) {
                if (attempt >= 20) {
                    throw e; // not a file being written or replaced while we read it
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException(interrupted);
                }
            }
        }
    }

    private static long generation(Path file) {
        try {
            return Long.parseLong(file.getFileName().toString().substring("indexes_".length()), Character.MAX_RADIX);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Path indexOf(Path workspaceXml) {
        return workspaceXml.resolveSibling("index");
    }

    private static void setParameters(Path xml, Map<String, String> values) throws IOException {
        Document document = parse(xml);
        Element index = searchIndex(document);
        if (index == null) {
            return;
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            Element param = document.createElement("param");
            param.setAttribute("name", value.getKey());
            param.setAttribute("value", value.getValue());
            index.appendChild(param);
        }
        write(document, xml);
    }

    private static Document parse(Path xml) throws IOException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(xml + ": " + e.getMessage(), e);
        }
    }

    private static void write(Document document, Path xml) throws IOException {
        try {
            WorkspaceFiles.write(document, xml);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(xml + ": " + e.getMessage(), e);
        }
    }

    private static Element searchIndex(Document document) {
        NodeList found = document.getElementsByTagName("SearchIndex");
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static List<Element> params(Element parent) {
        NodeList params = parent.getElementsByTagName("param");
        List<Element> all = new ArrayList<>();
        for (int i = 0; i < params.getLength(); i++) {
            all.add((Element) params.item(i));
        }
        return all;
    }
}
