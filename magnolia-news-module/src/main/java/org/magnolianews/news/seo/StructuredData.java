package org.magnolianews.news.seo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.publication.Releases;
import org.magnolianews.news.publication.ReleaseLine;
import org.magnolianews.news.publication.ReleaseStatus;
import org.magnolianews.news.rendering.PageLanguage;
import org.magnolianews.news.rendering.SiteUrls;

/**
 * schema.org data for the page's item: {@code NewsArticle} for a news item (with the photo's credit,
 * the agency report it is based on and the site as publisher), {@code Book} for a publication (with an {@code Offer}
 * per release country), {@code WebSite} with the site search for the home page. The item is
 * the one the current page shows, so its URL is the page's ({@link SiteUrls#currentPage()}).
 */
public final class StructuredData {

    private final PageLanguage language;
    private final Session subjects;
    private final SiteUrls urls;
    private final Clock clock;

    public StructuredData(PageLanguage language, Session subjects, SiteUrls urls, Clock clock) {
        this.language = language;
        this.subjects = subjects;
        this.urls = urls;
        this.clock = clock;
    }

    /**
     * {@code WebSite} with a {@code SearchAction} for the home page: the site's search page ({@code search.html} below
     * the home page's URL, in the page's language) takes {@code q}.
     */
    public Map<String, Object> webSite(String siteName) {
        String home = urls.currentPage();
        String base = home.endsWith("/") ? home : home + "/";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "WebSite");
        data.put("name", siteName);
        data.put("url", base);
        data.put("inLanguage", language.language());
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("@type", "SearchAction");
        action.put("target", typed("EntryPoint", "urlTemplate", base + "search.html?q={search_term_string}"));
        action.put("query-input", "required name=search_term_string");
        data.put("potentialAction", action);
        return data;
    }

    public Optional<Map<String, Object>> describe(Node item, String siteName) throws RepositoryException {
        if (item.isNodeType("news:article")) {
            return Optional.of(newsArticle(item, siteName));
        }
        if (item.isNodeType("news:publication")) {
            return Optional.of(book(item));
        }
        return Optional.empty();
    }

    private Map<String, Object> newsArticle(Node item, String siteName) throws RepositoryException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        String url = urls.currentPage();
        data.put("mainEntityOfPage", typed("WebPage", "@id", url));
        data.put("url", url);
        data.put("headline", text(item, "title").orElse(item.getName()));
        text(item, "lead").ifPresent(lead -> data.put("description", lead));
        data.put("inLanguage", language.language());
        Optional<Instant> published = Items.date(item, "date");
        published.ifPresent(d -> data.put("datePublished", iso(d)));
        Instant modified = Items.date(item, "mgnl:lastModified").orElse(published.orElse(null));
        if (modified != null) {
            data.put("dateModified", iso(published.isPresent() && modified.isBefore(published.get()) ? published.get() : modified));
        }
        Optional<String> image = asset(Items.single(item, "image"));
        if (image.isPresent()) {
            Map<String, Object> photo = new LinkedHashMap<>();
            photo.put("@type", "ImageObject");
            photo.put("url", image.get());
            text(item, "imageCaption").ifPresent(c -> photo.put("caption", c));
            text(item, "imageCredit").ifPresent(c -> {
                photo.put("creditText", c);
                photo.put("copyrightHolder", typed("Organization", "name", c));
            });
            data.put("image", List.of(photo));
        }
        Map<String, Object> publisher = typed("Organization", "name", siteName);
        Optional<String> author = text(item, "author");
        data.put("author", author.isPresent() ? List.of(typed("Person", "name", author.get())) : List.of(publisher));
        data.put("publisher", publisher);
        Optional<String> agency = Items.single(item, "sourceAgency");
        Optional<String> source = Items.single(item, "sourceUrl");
        if (source.isPresent()) {
            data.put("isBasedOn", source.get());
        }
        agency.ifPresent(a -> data.put("sourceOrganization", typed("Organization", "name", a)));
        List<String> about = subjectNames(item);
        if (!about.isEmpty()) {
            data.put("keywords", about);
        }
        return data;
    }

    private Map<String, Object> book(Node item) throws RepositoryException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Book");
        data.put("name", text(item, "title").orElse(item.getName()));
        data.put("url", urls.currentPage());
        List<Object> authors = new ArrayList<>();
        for (String author : Items.strings(item, "authors")) {
            authors.add(typed("Person", "name", author));
        }
        if (!authors.isEmpty()) {
            data.put("author", authors);
        }
        Items.single(item, "isbn").ifPresent(isbn -> data.put("isbn", isbn));
        Items.single(item, "publisher").ifPresent(p -> data.put("publisher", typed("Organization", "name", p)));
        text(item, "description").ifPresent(d -> data.put("description", d.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim()));
        asset(Items.single(item, "cover")).ifPresent(url -> data.put("image", url));
        Items.single(item, "purchaseUrl").ifPresent(url -> data.put("sameAs", url));
        List<Object> offers = offers(item, Items.single(item, "purchaseUrl").orElse(urls.currentPage()));
        if (!offers.isEmpty()) {
            data.put("offers", offers);
        }
        return data;
    }

    /**
     * One {@code Offer} per release country, with today's availability as the site shows it ({@link ReleaseStatus}):
     * on sale → {@code InStock}, pre-order → {@code PreOrder} from its date, announced → {@code OutOfStock} until its date.
     */
    private List<Object> offers(Node item, String url) throws RepositoryException {
        List<Object> offers = new ArrayList<>();
        for (ReleaseLine release : ReleaseStatus.describe(Releases.of(item, clock.getZone()), LocalDate.now(clock), Optional.empty())) {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("@type", "Offer");
            offer.put("availability", switch (release.state()) {
                case AVAILABLE -> "https://schema.org/InStock";
                case PREORDER -> "https://schema.org/PreOrder";
                case COMING -> "https://schema.org/OutOfStock";
            });
            offer.put("areaServed", typed("Country", "name", release.country()));
            if (release.state() != ReleaseLine.State.AVAILABLE) {
                release.date().ifPresent(date -> offer.put("availabilityStarts", date.toString()));
            }
            offer.put("url", url);
            offers.add(offer);
        }
        return offers;
    }

    private List<String> subjectNames(Node item) throws RepositoryException {
        List<String> names = new ArrayList<>();
        for (String id : Items.strings(item, "subjects")) {
            Optional<Node> subject = Items.byId(subjects, id);
            if (subject.isPresent()) {
                text(subject.get(), "name").ifPresent(names::add);
            }
        }
        return names;
    }

    private Optional<String> asset(Optional<String> itemKey) throws RepositoryException {
        return itemKey.isPresent() ? urls.asset(itemKey.get()) : Optional.empty();
    }

    private Optional<String> text(Node node, String property) throws RepositoryException {
        return Items.text(node, property, language.language(), language.defaultLanguage(), language.languages());
    }

    /**
     * A JSON-LD object of a {@code @type} and one more key, in that order: {@code Map.of} iterates in an order that
     * changes with every start of the JVM (its salt), so the same page came out in two byte sequences.
     */
    private static Map<String, Object> typed(String type, String key, Object value) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", type);
        object.put(key, value);
        return object;
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
