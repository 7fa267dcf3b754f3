package org.magnolianews.host.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.repository.Audit;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The portal's sample content, loaded and published on the first start with an empty data
 * directory: the subject tree, the seed article and about twenty more in English and Russian,
 * the publications, their photos in the DAM, and the site's pages.
 */
public final class SampleContent {

    private static final String USER = "system";

    private final ContentRepository repository;
    private final ContentService content;
    private final AssetStore assets;

    public SampleContent(ContentRepository repository, ContentService content, AssetStore assets) {
        this.repository = repository;
        this.content = content;
        this.assets = assets;
    }

    /** True when no content workspace holds anything yet: a first start. */
    public boolean isRepositoryEmpty() {
        return repository.layout().contentWorkspaces().stream().allMatch(ws -> repository.topLevelPaths(ws).isEmpty());
    }

    public void load() {
        Map<String, String> subjects = loadSubjects();
        loadNews(subjects);
        loadPublications(subjects);
        loadWebsite();
        for (String workspace : repository.layout().contentWorkspaces()) {
            publishTopLevel(workspace);
        }
    }

    /** Only the site's pages, published: for generated datasets, which bring their own items. */
    public void loadSite() {
        loadWebsite();
        publishTopLevel(WorkspaceLayout.WEBSITE);
    }

    private Map<String, String> loadSubjects() {
        Map<String, String> ids = new HashMap<>();
        for (Map<String, Object> subject : read("subjects.yaml")) {
            Map<String, Object> values = new LinkedHashMap<>();
            copy(subject, "title", values, "name");
            copy(subject, "title_ru", values, "name_ru");
            copy(subject, "description", values, "description");
            copy(subject, "description_ru", values, "description_ru");
            if (subject.get("parent") instanceof String parent) {
                values.put("parent", ids.get(parent));
            }
            String name = (String) subject.get("name");
            ids.put(name, content.create("subject", Optional.empty(), Optional.of(name), values, USER).identifier());
        }
        return ids;
    }

    private void loadNews(Map<String, String> subjects) {
        List<Map<String, Object>> items = read("news.yaml");
        List<ContentService.Created> created = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String key : List.of("title", "title_ru", "lead", "lead_ru", "body", "body_ru", "date", "sourceAgency",
                    "sourceUrl", "sourceAttribution", "sourceAttribution_ru", "author", "author_ru")) {
                copy(item, key, values, key);
            }
            if (item.get("image") instanceof Map<?, ?> image) {
                values.put("image", asset("/news", image));
                copy(image, "caption", values, "imageCaption");
                copy(image, "caption_ru", values, "imageCaption_ru");
                copy(image, "credit", values, "imageCredit");
                copy(image, "credit_ru", values, "imageCredit_ru");
            }
            values.put("subjects", subjectIds(item.get("subjects"), subjects));
            if (item.get("corrections") instanceof List<?> corrections) {
                values.put("corrections", corrections);
            }
            created.add(content.create("news", Optional.empty(), Optional.empty(), values, USER));
        }
        // Editor's pins point at other items, so they are set once all items exist.
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get("relatedNews") instanceof List<?> pins) {
                List<String> ids = pins.stream().map(pin -> created.get(((Number) pin).intValue()).identifier()).toList();
                content.update("news", created.get(i).path(), Map.of("relatedNews", ids), Optional.empty(), USER);
            }
        }
    }

    private void loadPublications(Map<String, String> subjects) {
        for (Map<String, Object> publication : read("publications.yaml")) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String key : List.of("title", "title_ru", "description", "description_ru", "authors", "publisher",
                    "isbn", "purchaseUrl", "releases")) {
                copy(publication, key, values, key);
            }
            if (publication.get("cover") instanceof Map<?, ?> cover) {
                values.put("cover", asset("/publications", cover));
            }
            values.put("subjects", subjectIds(publication.get("subjects"), subjects));
            content.create("publication", Optional.empty(), Optional.empty(), values, USER);
        }
    }

    private void loadWebsite() {
        repository.call(WorkspaceLayout.WEBSITE, session -> {
            for (Map<String, Object> page : read("website.yaml")) {
                addPage(session.getRootNode(), page);
            }
            session.save();
            return null;
        });
    }

    private void addPage(Node parent, Map<String, Object> spec) throws javax.jcr.RepositoryException {
        Node page = parent.addNode((String) spec.get("name"), MgnlNodeTypes.PAGE);
        page.setProperty(MgnlNodeTypes.TEMPLATE, (String) spec.get("template"));
        for (Map.Entry<String, Object> entry : spec.entrySet()) {
            if (entry.getValue() instanceof String value && !List.of("name", "template").contains(entry.getKey())) {
                page.setProperty(entry.getKey(), value);
            }
        }
        Audit.created(page, USER);
        if (spec.get("areas") instanceof Map<?, ?> areas) {
            for (Map.Entry<?, ?> area : areas.entrySet()) {
                Node areaNode = page.addNode(String.valueOf(area.getKey()), MgnlNodeTypes.AREA);
                Audit.created(areaNode, USER);
                List<?> components = (List<?>) area.getValue();
                for (int i = 0; i < components.size(); i++) {
                    Map<?, ?> component = (Map<?, ?>) components.get(i);
                    // Magnolia names components 0, 00, 01, 02 … in the order they were added.
                    Node node = areaNode.addNode(i == 0 ? "0" : "0" + (i - 1), MgnlNodeTypes.COMPONENT);
                    for (Map.Entry<?, ?> property : component.entrySet()) {
                        String key = String.valueOf(property.getKey());
                        // Typed as the dialogs store them: a checkbox a Boolean, a Long field a Long (issue 8).
                        if (property.getValue() instanceof Boolean flag) {
                            node.setProperty(key, flag);
                            continue;
                        }
                        if (property.getValue() instanceof Integer || property.getValue() instanceof Long) {
                            node.setProperty(key, ((Number) property.getValue()).longValue());
                            continue;
                        }
                        Optional<String> value = property.getValue() instanceof Map<?, ?> reference
                                ? identifierOf(reference) : Optional.of(String.valueOf(property.getValue()));
                        if (value.isPresent()) {
                            node.setProperty(key.equals("template") ? MgnlNodeTypes.TEMPLATE : key, value.get());
                        }
                    }
                    Audit.created(node, USER);
                }
            }
        }
        if (spec.get("children") instanceof List<?> children) {
            for (Object child : children) {
                @SuppressWarnings("unchecked")
                Map<String, Object> childSpec = (Map<String, Object>) child;
                addPage(page, childSpec);
            }
        }
    }

    /**
     * A link field's value, as Magnolia stores it: the identifier of the item at {@code path} in
     * {@code reference}. Empty when there is no such item (a generated dataset has no sample book), so
     * the field stays unset and the component falls back to its default choice.
     */
    private Optional<String> identifierOf(Map<?, ?> reference) {
        String workspace = String.valueOf(reference.get("reference"));
        String path = String.valueOf(reference.get("path"));
        return repository.call(workspace, session -> session.nodeExists(path)
                ? Optional.of(session.getNode(path).getIdentifier()) : Optional.<String>empty());
    }

    private void publishTopLevel(String workspace) {
        for (String path : repository.topLevelPaths(workspace)) {
            content.publish(workspace, path, true, USER);
        }
    }

    private String asset(String folder, Map<?, ?> image) {
        String fileName = String.valueOf(image.get("fileName"));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("title", fileName);
        if (image.get("caption") != null) {
            metadata.put("caption", String.valueOf(image.get("caption")));
        }
        Object credit = image.get("credit") != null ? image.get("credit") : image.get("credit_ru"); // a Russian-only item's
        if (credit != null) {
            metadata.put("copyright", String.valueOf(credit));
        }
        byte[] jpeg = PlaceholderImage.jpeg(fileName);
        return assets.create(folder, new AssetStore.Upload(fileName, "image/jpeg", jpeg,
                PlaceholderImage.WIDTH, PlaceholderImage.HEIGHT), metadata, USER);
    }

    private static List<String> subjectIds(Object names, Map<String, String> subjects) {
        List<String> ids = new ArrayList<>();
        if (names instanceof List<?> list) {
            for (Object name : list) {
                String id = subjects.get(String.valueOf(name));
                if (id == null) {
                    throw new IllegalStateException("sample content names unknown subject '" + name + "'");
                }
                ids.add(id);
            }
        }
        return ids;
    }

    private static void copy(Map<?, ?> from, String key, Map<String, Object> to, String toKey) {
        Object value = from.get(key);
        if (value != null) {
            to.put(toKey, value);
        }
    }

    private static List<Map<String, Object>> read(String file) {
        try (InputStream in = SampleContent.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("sample content file " + file + " is missing from the jar");
            }
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            return yaml.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
