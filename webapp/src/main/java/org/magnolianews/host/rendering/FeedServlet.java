package org.magnolianews.host.rendering;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.magnolianews.host.cache.ReadLog;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.jcr.XPathQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds and sitemaps of the published site, through the page cache:
 * <ul>
 *   <li>{@code /feeds/news.xml} RSS 2.0 of the latest news, {@code /feeds/subjects/<subject>.xml} per subject
 *       ({@code ?lang=ru} for Russian titles and links);</li>
 *   <li>{@code /sitemap.xml} a sitemap index: {@code /sitemaps/site.xml} (pages, subjects, publications) and one
 *       sitemap per news folder holding items ({@code /sitemaps/news/2017/11.xml}), each URL with its language
 *       alternates. A folder's sitemap reads that folder's children, no query: at 100k items one big sitemap
 *       took minutes to build, and a sitemap may not list more than 50,000 URLs anyway;</li>
 *   <li>{@code /sitemap-news.xml} the Google News sitemap: items published in the last 48 hours.</li>
 * </ul>
 */
final class FeedServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(FeedServlet.class);
    static final int FEED_ITEMS = 50;
    static final int NEWS_SITEMAP_MAX = 1_000;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final ContentRepository repository;
    private final PublishedSessions published;
    private final Languages languages;
    private final SiteLinks links;
    private final PageCache cache;
    private final Clock clock;

    FeedServlet(ContentRepository repository, PublishedSessions published, Languages languages, SiteLinks links, PageCache cache, Clock clock) {
        this.repository = repository;
        this.published = published;
        this.languages = languages;
        this.links = links;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String language = Optional.ofNullable(request.getParameter("lang")).filter(languages::isSupported).orElse(languages.defaultLanguage());
        String baseUrl = BaseUrl.of(request);
        String key = "feed|" + baseUrl + "|" + path + "|" + language;
        PageCache.Served served = cache.get(key, () -> render(path, language, baseUrl));
        PageCache.Entry entry = served.entry();
        response.setStatus(entry.status());
        response.setContentType(entry.contentType());
        response.setHeader("Cache-Control", entry.status() == 200
                ? org.magnolianews.host.cache.CachePolicy.shared(java.time.Duration.ofMinutes(5)) : "no-store");
        if (entry.status() == 200) {
            org.magnolianews.host.cache.CacheHeaders.keys(response, entry.keys());
        }
        response.setHeader("X-Cache", served.hit() ? "HIT" : "MISS");
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }

    private PageCache.Entry render(String path, String language, String baseUrl) {
        SiteRequest site = new SiteRequest(language, path, Map.of(), baseUrl, null);
        try (Rendering rendering = new Rendering(site, languages, published.open(), links, clock)) {
            Optional<String> xml;
            String type = "application/xml;charset=utf-8";
            if (path.equals("/sitemap.xml")) {
                xml = Optional.of(sitemapIndex(rendering));
            } else if (path.equals("/sitemaps/site.xml")) {
                xml = Optional.of(urlset(rendering, siteEntries(rendering)));
            } else if (path.startsWith("/sitemaps/news") && path.endsWith(".xml")) {
                String folder = path.substring("/sitemaps/news".length(), path.length() - ".xml".length());
                Session news = rendering.sessions.session("news");
                boolean valid = folder.matches("(/[a-z0-9-]+)*") && (folder.isEmpty() || news.nodeExists(folder));
                xml = valid ? Optional.of(urlset(rendering, directItems(news.getNode(folder.isEmpty() ? "/" : folder))))
                        : Optional.empty();
            } else if (path.equals("/sitemap-news.xml")) {
                xml = Optional.of(newsSitemap(rendering));
            } else if (path.equals("/feeds/news.xml")) {
                xml = Optional.of(rss(rendering, Optional.empty()));
                type = "application/rss+xml;charset=utf-8";
            } else if (path.startsWith("/feeds/subjects/") && path.endsWith(".xml")) {
                String subjectPath = path.substring("/feeds/subjects".length(), path.length() - ".xml".length());
                Session subjects = rendering.sessions.session("subjects");
                Optional<Node> subject = subjectPath.matches("(/[a-z0-9-]+)+") && subjects.nodeExists(subjectPath)
                        ? Optional.of(subjects.getNode(subjectPath)) : Optional.empty();
                xml = subject.isPresent() ? Optional.of(rss(rendering, subject)) : Optional.empty();
                type = "application/rss+xml;charset=utf-8";
            } else {
                xml = Optional.empty();
            }
            if (xml.isEmpty()) {
                return new PageCache.Entry(404, "application/xml;charset=utf-8",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><error>not found</error>".getBytes(StandardCharsets.UTF_8));
            }
            return new PageCache.Entry(200, type, xml.get().getBytes(StandardCharsets.UTF_8));
        } catch (RepositoryException | XMLStreamException | RuntimeException e) {
            LOG.error("cannot render {}: {}", path, e.toString(), e);
            return new PageCache.Entry(500, "application/xml;charset=utf-8",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><error>unavailable</error>".getBytes(StandardCharsets.UTF_8));
        }
    }

    private String rss(Rendering rendering, Optional<Node> subject) throws XMLStreamException, RepositoryException {
        String language = rendering.language();
        Session news = rendering.sessions.session("news");
        String predicate = XPathQueries.and(
                subject.isPresent() ? "@subjects = " + XPathQueries.literal(subject.get().getIdentifier()) : null,
                XPathQueries.inLanguage(language, languages.defaultLanguage()));
        List<Node> items = XPathQueries.nodes(news, XPathQueries.items("news:article", predicate, "@date descending"), 0, FEED_ITEMS);
        String siteName = siteName(rendering);
        String base = rendering.request.baseUrl();
        return XmlText.document(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("channel");
            String title = subject.isPresent()
                    ? siteName + " — " + text(rendering, subject.get(), "name").orElse(subject.get().getName()) : siteName;
            XmlText.element(xml, "title", title);
            XmlText.element(xml, "link", base + (subject.isPresent() ? links.link(subject.get(), language) : links.pageLink("/home", language)));
            XmlText.element(xml, "description", subject.flatMap(s -> textQuietly(rendering, s, "description")).orElse(title));
            XmlText.element(xml, "language", language);
            if (!items.isEmpty()) {
                XmlText.element(xml, "lastBuildDate", RFC_822.format(Items.date(items.get(0), "date").orElse(Instant.EPOCH)));
            }
            for (Node item : items) {
                xml.writeStartElement("item");
                XmlText.element(xml, "title", text(rendering, item, "title").orElse(item.getName()));
                String link = base + links.link(item, language);
                XmlText.element(xml, "link", link);
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "false");
                xml.writeCharacters(item.getIdentifier());
                xml.writeEndElement();
                Optional<Instant> date = Items.date(item, "date");
                if (date.isPresent()) {
                    XmlText.element(xml, "pubDate", RFC_822.format(date.get()));
                }
                XmlText.element(xml, "description", text(rendering, item, "lead").orElse(""));
                for (String subjectId : Items.strings(item, "subjects")) {
                    Optional<Node> s = Items.byId(rendering.sessions.session("subjects"), subjectId);
                    if (s.isPresent()) {
                        XmlText.element(xml, "category", text(rendering, s.get(), "name").orElse(s.get().getName()));
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private String sitemapIndex(Rendering rendering) throws XMLStreamException, RepositoryException {
        List<String> folders = new ArrayList<>();
        collectItemFolders(rendering.sessions.session("news").getRootNode(), folders);
        String base = rendering.request.baseUrl();
        return XmlText.document(xml -> {
            xml.setPrefix("", SITEMAP_NS);
            xml.writeStartElement(SITEMAP_NS, "sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeStartElement(SITEMAP_NS, "sitemap");
            XmlText.element(xml, "", SITEMAP_NS, "loc", base + "/sitemaps/site.xml");
            xml.writeEndElement();
            for (String folder : folders) {
                xml.writeStartElement(SITEMAP_NS, "sitemap");
                XmlText.element(xml, "", SITEMAP_NS, "loc", base + "/sitemaps/news" + folder + ".xml");
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** Folders (and the root, as "") that hold news items directly, newest first as the folders are dated. */
    private void collectItemFolders(Node folder, List<String> into) throws RepositoryException {
        ReadLog.children("news", folder.getPath());
        boolean holdsItems = false;
        List<Node> subfolders = new ArrayList<>();
        for (javax.jcr.NodeIterator it = folder.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.isNodeType("mgnl:folder")) {
                subfolders.add(child);
            } else if (child.isNodeType("news:article")) {
                holdsItems = true;
                break;
            }
        }
        if (holdsItems) {
            into.add(folder.getDepth() == 0 ? "" : folder.getPath());
        }
        subfolders.sort((a, b) -> safePath(b).compareTo(safePath(a)));
        for (Node subfolder : subfolders) {
            collectItemFolders(subfolder, into);
        }
    }

    private List<Node> siteEntries(Rendering rendering) throws RepositoryException {
        List<Node> entries = new ArrayList<>();
        Session website = rendering.sessions.session("website");
        if (website.nodeExists("/home")) {
            collectPages(website.getNode("/home"), entries, SiteRoutes.NEWS_SITE);
        }
        for (String workspace : List.of("subjects", "publications")) {
            String type = SiteRoutes.NEWS_SITE.byWorkspace(workspace).orElseThrow().nodeType();
            entries.addAll(XPathQueries.nodes(rendering.sessions.session(workspace), XPathQueries.items(type, null, null), 0, 0));
        }
        return entries;
    }

    private static List<Node> directItems(Node folder) throws RepositoryException {
        ReadLog.children("news", folder.getPath());
        List<Node> items = new ArrayList<>();
        for (javax.jcr.NodeIterator it = folder.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.isNodeType("news:article")) {
                items.add(child);
            }
        }
        return items;
    }

    private String urlset(Rendering rendering, List<Node> entries) throws XMLStreamException, RepositoryException {
        String base = rendering.request.baseUrl();
        return XmlText.document(xml -> {
            xml.setPrefix("", SITEMAP_NS);
            xml.setPrefix("xhtml", XHTML_NS);
            xml.writeStartElement(SITEMAP_NS, "urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("xhtml", XHTML_NS);
            for (Node node : entries) {
                ReadLog.node(node);
                List<String> present = new ArrayList<>();
                for (String language : languages.all()) {
                    if (node.isNodeType("mgnl:page") || Items.existsIn(node, language, languages.defaultLanguage())) {
                        present.add(language);
                    }
                }
                for (String language : present) {
                    xml.writeStartElement(SITEMAP_NS, "url");
                    XmlText.element(xml, "", SITEMAP_NS, "loc", base + links.link(node, language));
                    Optional<Instant> modified = Items.date(node, "mgnl:lastModified");
                    if (modified.isPresent()) {
                        XmlText.element(xml, "", SITEMAP_NS, "lastmod", DateTimeFormatter.ISO_INSTANT.format(modified.get()));
                    }
                    if (present.size() > 1) {
                        for (String alternate : present) {
                            xml.writeEmptyElement("xhtml", "link", XHTML_NS);
                            xml.writeAttribute("rel", "alternate");
                            xml.writeAttribute("hreflang", alternate);
                            xml.writeAttribute("href", base + links.link(node, alternate));
                        }
                    }
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        });
    }

    private String newsSitemap(Rendering rendering) throws XMLStreamException, RepositoryException {
        Instant since = clock.instant().minus(Duration.ofHours(48));
        List<Node> items = XPathQueries.nodes(rendering.sessions.session("news"), XPathQueries.items("news:article",
                "@date >= " + XPathQueries.dateTime(since) + " and @date <= " + XPathQueries.dateTime(clock.instant()),
                "@date descending"), 0, NEWS_SITEMAP_MAX);
        String base = rendering.request.baseUrl();
        return XmlText.document(xml -> {
            xml.setPrefix("", SITEMAP_NS);
            xml.setPrefix("news", NEWS_NS);
            xml.writeStartElement(SITEMAP_NS, "urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (Node item : items) {
                for (String language : languages.all()) {
                    if (!Items.existsIn(item, language, languages.defaultLanguage())) {
                        continue;
                    }
                    xml.writeStartElement(SITEMAP_NS, "url");
                    XmlText.element(xml, "", SITEMAP_NS, "loc", base + links.link(item, language));
                    xml.writeStartElement("news", "news", NEWS_NS);
                    xml.writeStartElement("news", "publication", NEWS_NS);
                    XmlText.element(xml, "news", NEWS_NS, "name", siteName(rendering, language));
                    XmlText.element(xml, "news", NEWS_NS, "language", language);
                    xml.writeEndElement();
                    XmlText.element(xml, "news", NEWS_NS, "publication_date",
                            DateTimeFormatter.ISO_INSTANT.format(Items.date(item, "date").orElse(since)));
                    XmlText.element(xml, "news", NEWS_NS, "title",
                            Items.single(item, org.magnolianews.news.jcr.Items.localName("title", language, languages.defaultLanguage())).orElse(""));
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        });
    }

    /**
     * Page templates whose pages ask not to be indexed ({@code <meta name="robots" content="noindex">}, written by the
     * module's {@code macros/page.ftl} for these kinds): a sitemap does not list them (issue 10). NotFoundPageIT
     * fetches every listed page and fails on one that is noindex, so this list cannot drift from the templates.
     */
    private static final java.util.Set<String> NOINDEX_TEMPLATES = java.util.Set.of("news-module:pages/search", "news-module:pages/not-found");

    private void collectPages(Node page, List<Node> into, SiteRoutes routes) throws RepositoryException {
        ReadLog.children("website", page.getPath());
        boolean detail = routes.items().stream().anyMatch(r -> r.detailPage().equals(safePath(page)));
        // the site's 404 page answers 404: a sitemap lists only pages that are there
        boolean notFound = safePath(page).equals(routes.homePage() + SitePages.NOT_FOUND_PATH.replace(".html", ""));
        if (!detail && !notFound && !NOINDEX_TEMPLATES.contains(Items.single(page, "mgnl:template").orElse(""))) {
            into.add(page);
        }
        for (javax.jcr.NodeIterator it = page.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.isNodeType("mgnl:page")) {
                collectPages(child, into, routes);
            }
        }
    }

    private static String safePath(Node node) {
        try {
            return node.getPath();
        } catch (RepositoryException e) {
            return "";
        }
    }

    private String siteName(Rendering rendering) throws RepositoryException {
        return siteName(rendering, rendering.language());
    }

    private String siteName(Rendering rendering, String language) throws RepositoryException {
        Session website = rendering.sessions.session("website");
        return website.nodeExists("/home") ? Items.text(website.getNode("/home"), "title", language,
                languages.defaultLanguage(), languages.all()).orElse("News") : "News";
    }

    private Optional<String> text(Rendering rendering, Node node, String property) throws RepositoryException {
        return Items.text(node, property, rendering.language(), languages.defaultLanguage(), languages.all());
    }

    private Optional<String> textQuietly(Rendering rendering, Node node, String property) {
        try {
            return text(rendering, node, property);
        } catch (RepositoryException e) {
            return Optional.empty();
        }
    }

}
