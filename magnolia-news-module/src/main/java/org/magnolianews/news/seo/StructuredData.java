package org.magnolianews.news.seo;

import java.time.Instant;
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
import org.magnolianews.news.rendering.ModelContext;

/**
 * schema.org data for the page's item: {@code NewsArticle} for a news item (with the photo's credit,
 * the agency report it is based on and the site as publisher), {@code Book} for a publication.
 */
public final class StructuredData {

    private final ModelContext context;

    public StructuredData(ModelContext context) {
        this.context = context;
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
        String url = context.links().absoluteLink(item);
        data.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
        data.put("url", url);
        data.put("headline", text(item, "title").orElse(item.getName()));
        text(item, "lead").ifPresent(lead -> data.put("description", lead));
        data.put("inLanguage", context.language());
        Optional<Instant> published = Items.date(item, "date");
        published.ifPresent(d -> data.put("datePublished", iso(d)));
        Instant modified = Items.date(item, "mgnl:lastModified").orElse(published.orElse(null));
        if (modified != null) {
            data.put("dateModified", iso(published.isPresent() && modified.isBefore(published.get()) ? published.get() : modified));
        }
        Optional<String> image = Items.single(item, "image").flatMap(key -> context.links().absoluteAssetLink(key));
        if (image.isPresent()) {
            Map<String, Object> photo = new LinkedHashMap<>();
            photo.put("@type", "ImageObject");
            photo.put("url", image.get());
            text(item, "imageCaption").ifPresent(c -> photo.put("caption", c));
            Items.single(item, "imageCredit").ifPresent(c -> {
                photo.put("creditText", c);
                photo.put("copyrightHolder", Map.of("@type", "Organization", "name", c));
            });
            data.put("image", List.of(photo));
        }
        Map<String, Object> publisher = Map.of("@type", "Organization", "name", siteName);
        Optional<String> author = Items.single(item, "author");
        data.put("author", author.isPresent() ? List.of(Map.of("@type", "Person", "name", author.get())) : List.of(publisher));
        data.put("publisher", publisher);
        Optional<String> agency = Items.single(item, "sourceAgency");
        Optional<String> source = Items.single(item, "sourceUrl");
        if (source.isPresent()) {
            data.put("isBasedOn", source.get());
        }
        agency.ifPresent(a -> data.put("sourceOrganization", Map.of("@type", "Organization", "name", a)));
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
        data.put("url", context.links().absoluteLink(item));
        List<Object> authors = new ArrayList<>();
        for (String author : Items.strings(item, "authors")) {
            authors.add(Map.of("@type", "Person", "name", author));
        }
        if (!authors.isEmpty()) {
            data.put("author", authors);
        }
        Items.single(item, "isbn").ifPresent(isbn -> data.put("isbn", isbn));
        Items.single(item, "publisher").ifPresent(p -> data.put("publisher", Map.of("@type", "Organization", "name", p)));
        text(item, "description").ifPresent(d -> data.put("description", d.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim()));
        Items.single(item, "cover").flatMap(key -> context.links().absoluteAssetLink(key)).ifPresent(url -> data.put("image", url));
        Items.single(item, "purchaseUrl").ifPresent(url -> data.put("sameAs", url));
        return data;
    }

    private List<String> subjectNames(Node item) throws RepositoryException {
        List<String> names = new ArrayList<>();
        Session subjects = context.sessions().session("subjects");
        for (String id : Items.strings(item, "subjects")) {
            Optional<Node> subject = Items.byId(subjects, id);
            if (subject.isPresent()) {
                text(subject.get(), "name").ifPresent(names::add);
            }
        }
        return names;
    }

    private Optional<String> text(Node node, String property) throws RepositoryException {
        return Items.text(node, property, context.language(), context.defaultLanguage(), context.languages());
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
