package org.magnolianews.host.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.RepositoryFailure;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-time start-up migration (issue 8): earlier hosts stored every dialog value as a String ("true", "10").
 * Magnolia's fields store a checkbox as a Boolean, a Long field as a Long and a date as a Date, and templates
 * now test them as such ({@code content.showCorrections!true}), so a stored "false" would break a page. Each
 * start converts the String values of such fields, in the website workspace and its live twin, to the field's
 * type; values already typed are left alone.
 *
 * <p>From the second start on there is nothing to convert (this host stores every dialog value typed), so a finished run
 * leaves a mark: the typed fields it converted for ({@link #fieldTypes}), as property {@value #MARK} of the
 * {@code default} workspace's root (open at start anyway). A start whose definitions have the same typed fields skips the
 * scan, which otherwise opened both website workspaces and queried every component before the host was ready; when the
 * definitions type a field differently (a new host or module version, a light module edit), the scan runs once again.
 */
public final class DialogValueMigration {

    private static final Logger LOG = LoggerFactory.getLogger(DialogValueMigration.class);

    private final ContentRepository repository;
    private final DefinitionRegistry registry;
    private final Languages languages;

    public DialogValueMigration(ContentRepository repository, DefinitionRegistry registry, Languages languages) {
        this.repository = repository;
        this.registry = registry;
        this.languages = languages;
    }

    /** Where a finished run records the typed fields it converted for. */
    public static final String MARK = "dialogValuesTypedFor";
    private static final String MARK_WORKSPACE = "default";

    /** @return how many properties were converted (0 when a run for the same typed fields finished before) */
    public int run() {
        String fieldTypes = fieldTypes();
        if (fieldTypes.equals(mark())) {
            return 0;
        }
        int converted = 0;
        for (String workspace : new String[] {WorkspaceLayout.WEBSITE,
                WorkspaceLayout.WEBSITE + "_live"}) {
            converted += repository.call(workspace, this::migrate);
        }
        try {
            repository.call(MARK_WORKSPACE, session -> {
                session.getRootNode().setProperty(MARK, fieldTypes);
                session.save();
                return null;
            });
        } catch (RepositoryFailure e) {
            // Only a shortcut for the next start (two cluster nodes starting at once may both write it): that one scans again.
            LOG.info("Dialog value migration done; its mark was not stored ({}), so the next start scans again", e.getMessage());
        }
        return converted;
    }

    private String mark() {
        return repository.call(MARK_WORKSPACE, session -> session.getRootNode().hasProperty(MARK)
                ? session.getRootNode().getProperty(MARK).getString() : "");
    }

    /**
     * The typed dialog fields of every template ({@code template field TYPE}, sorted, one a line), as a SHA-256: what
     * decides which String values a scan converts.
     */
    String fieldTypes() {
        TreeSet<String> typed = new TreeSet<>();
        for (Definition template : registry.all(DefinitionType.TEMPLATE)) {
            DialogFields.of(registry, languages, template).forEach((name, field) -> {
                DialogFieldType type = DialogFieldType.of(field);
                if (type != DialogFieldType.STRING) {
                    typed.add(template.id() + " " + name + " " + type);
                }
            });
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", typed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @SuppressWarnings("deprecation")
    private int migrate(Session session) throws RepositoryException {
        int converted = 0;
        NodeIterator components = session.getWorkspace().getQueryManager()
                .createQuery("//element(*, " + MgnlNodeTypes.COMPONENT + ")", Query.XPATH).execute().getNodes();
        while (components.hasNext()) {
            Node component = components.nextNode();
            if (!component.hasProperty(MgnlNodeTypes.TEMPLATE)) {
                continue;
            }
            Optional<Definition> template = registry.find(DefinitionType.TEMPLATE, component.getProperty(MgnlNodeTypes.TEMPLATE).getString());
            if (template.isEmpty()) {
                continue;
            }
            Map<String, Map<String, Object>> fields = DialogFields.of(registry, languages, template.get());
            List<Property> stored = new ArrayList<>();
            for (PropertyIterator properties = component.getProperties(); properties.hasNext(); ) {
                stored.add(properties.nextProperty());
            }
            for (Property property : stored) {
                Map<String, Object> field = fields.get(property.getName());
                if (field == null || property.isMultiple() || property.getType() != PropertyType.STRING) {
                    continue;
                }
                DialogFieldType type = DialogFieldType.of(field);
                if (type == DialogFieldType.STRING) {
                    continue;
                }
                Optional<Object> value = type.parse(property.getString());
                if (value.isPresent()) {
                    String name = property.getName();
                    property.remove();
                    set(component, name, value.get());
                    converted++;
                }
            }
        }
        session.save();
        return converted;
    }

    private static void set(Node node, String name, Object value) throws RepositoryException {
        if (value instanceof Boolean flag) {
            node.setProperty(name, flag);
        } else if (value instanceof Long number) {
            node.setProperty(name, number);
        } else {
            node.setProperty(name, (Calendar) value);
        }
    }
}
