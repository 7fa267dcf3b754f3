package org.magnolianews.host.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * The audit trail, kept in the repository ({@code default} workspace, {@code /audit/yyyy/MM/dd/<record>}):
 * every record is saved on its own before the action that caused it answers its caller, with the same
 * durability as content (H2, {@code WRITE_DELAY=0}), so a crash loses no record of an acknowledged action.
 * Records are only ever added. Listing is one XPath query, newest first, on indexed properties.
 */
public final class AuditLog {

    static final String WORKSPACE = "default";
    private static final String ROOT = "audit";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter XS_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ContentRepository repository;

    public AuditLog(ContentRepository repository) {
        this.repository = repository;
    }

    /** Writes a record and returns once it is saved. One writer at a time: records share their day's folder. */
    public synchronized void record(AuditRecord record) {
        repository.call(WORKSPACE, session -> {
            Node day = folders(session, ROOT + "/" + DAY.format(record.at()));
            Node node = day.addNode(record.at().toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8), "nt:unstructured");
            Calendar at = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            at.setTimeInMillis(record.at().toEpochMilli());
            node.setProperty("at", at);
            node.setProperty("action", record.action().id());
            node.setProperty("actor", record.actor());
            node.setProperty("address", record.address());
            node.setProperty("subject", record.subject());
            node.setProperty("detail", record.detail());
            session.save();
            return null;
        });
    }

    /** Records publishes, unpublishes, deletes (to the trash), restores and purges from it, whoever made them and however (UI, API, schedule, restart). */
    public void onContentEvent(ContentEvent event) {
        if (event.fromAnotherNode()) {
            return; // the node that acted records it, once
        }
        AuditAction action = switch (event.kind()) {
            case PUBLISHED -> AuditAction.PUBLISHED;
            case UNPUBLISHED -> AuditAction.UNPUBLISHED;
            case DELETED -> AuditAction.DELETED;
            case RESTORED -> AuditAction.RESTORED;
            case PURGED -> AuditAction.PURGED;
            case SAVED -> null;
        };
        if (action == null || event.paths().isEmpty()) {
            return;
        }
        String subject = event.workspace() + ":" + event.paths().get(0);
        String detail = event.paths().size() > 1 ? "and " + (event.paths().size() - 1) + " below it"
                : event.kind() == ContentEvent.Kind.DELETED ? "to the trash" : "";
        record(new AuditRecord(Instant.now(), action, event.user(), "", subject, detail));
    }

    /** The records the filter selects, newest first. */
    public List<AuditRecord> find(AuditFilter filter) {
        return repository.call(WORKSPACE, session -> {
            List<AuditRecord> records = new ArrayList<>();
            if (!session.nodeExists("/" + ROOT)) {
                return records;
            }
            @SuppressWarnings("deprecation")
            Query query = session.getWorkspace().getQueryManager().createQuery(statement(filter), Query.XPATH);
            query.setLimit(filter.limit());
            query.setOffset(filter.offset());
            for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                records.add(read(it.nextNode()));
            }
            return records;
        });
    }

    static String statement(AuditFilter filter) {
        List<String> constraints = new ArrayList<>();
        constraints.add("@action");
        if (!filter.actions().isEmpty()) {
            constraints.add("(" + String.join(" or ", filter.actions().stream().sorted()
                    .map(a -> "@action = " + XPathQueries.literal(a.id())).toList()) + ")");
        }
        filter.actor().ifPresent(actor -> constraints.add("@actor = " + XPathQueries.literal(actor)));
        filter.from().ifPresent(from -> constraints.add("@at >= xs:dateTime(" + XPathQueries.literal(XS_DATE_TIME.format(from)) + ")"));
        filter.to().ifPresent(to -> constraints.add("@at < xs:dateTime(" + XPathQueries.literal(XS_DATE_TIME.format(to)) + ")"));
        filter.subjectPrefix().ifPresent(prefix -> constraints.add("jcr:like(@subject, " + XPathQueries.literal(likePrefix(prefix)) + ")"));
        return "/jcr:root/" + ROOT + "//element(*, nt:unstructured)[" + String.join(" and ", constraints) + "]"
                + " order by @at descending";
    }

    /** A jcr:like pattern matching values that start with {@code prefix} taken literally. */
    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static AuditRecord read(Node node) throws RepositoryException {
        return new AuditRecord(node.getProperty("at").getDate().toInstant(),
                AuditAction.of(node.getProperty("action").getString()).orElseThrow(),
                node.getProperty("actor").getString(), node.getProperty("address").getString(),
                node.getProperty("subject").getString(), node.getProperty("detail").getString());
    }

    private static Node folders(Session session, String relativePath) throws RepositoryException {
        Node node = session.getRootNode();
        for (String segment : relativePath.split("/")) {
            node = node.hasNode(segment) ? node.getNode(segment) : node.addNode(segment, "nt:unstructured");
        }
        return node;
    }
}
