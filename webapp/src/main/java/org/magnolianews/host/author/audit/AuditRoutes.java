package org.magnolianews.host.author.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magnolianews.host.audit.AuditAction;
import org.magnolianews.host.audit.AuditFilter;
import org.magnolianews.host.audit.AuditFilterParser;
import org.magnolianews.host.audit.AuditLog;
import org.magnolianews.host.audit.AuditRecord;
import org.magnolianews.host.author.web.AdminTemplates;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.Exchange;

/**
 * The audit trail for admins ({@code /audit}): who published, unpublished or deleted what, who logged in or
 * failed to, who changed an account; filtered by action, person, time and subject, newest first, a page at a time.
 */
public final class AuditRoutes {

    private final AuditLog audit;
    private final AdminTemplates templates;

    public AuditRoutes(AuditLog audit, AdminTemplates templates) {
        this.audit = audit;
        this.templates = templates;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.AUDIT, this::list);
    }

    private void list(Exchange x) throws Exception {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("actions", List.of(AuditAction.values()).stream().map(AuditAction::id).toList());
        model.put("chosen", x.params("action"));
        model.put("actor", x.param("actor").orElse(""));
        model.put("from", x.param("from").orElse(""));
        model.put("to", x.param("to").orElse(""));
        model.put("subject", x.param("subject").orElse(""));
        AuditFilter filter;
        try {
            filter = AuditFilterParser.parse(name -> name.equals("action")
                    ? java.util.Optional.of(String.join(",", x.params("action"))) : x.param(name));
        } catch (AuditFilterParser.BadParameter e) {
            model.put("error", x.t("audit.badFilter", x.t("audit.filter." + e.parameter()), e.getMessage()));
            model.put("records", List.of());
            model.put("offset", 0);
            model.put("more", false);
            x.page(400, x.t("audit.title"), templates.render(x, "audit.ftlh", model));
            return;
        }
        AuditFilter onePageMore = new AuditFilter(filter.actions(), filter.actor(), filter.from(), filter.to(),
                filter.subjectPrefix(), filter.limit() + 1 <= AuditFilter.MAX_LIMIT ? filter.limit() + 1 : filter.limit(), filter.offset());
        List<AuditRecord> found = audit.find(onePageMore);
        boolean more = found.size() > filter.limit();
        model.put("records", (more ? found.subList(0, filter.limit()) : found).stream().map(AuditRoutes::row).toList());
        model.put("offset", filter.offset());
        model.put("limit", filter.limit());
        model.put("more", more);
        model.put("query", query(x));
        x.page(200, x.t("audit.title"), templates.render(x, "audit.ftlh", model));
    }

    private static Map<String, Object> row(AuditRecord record) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("at", record.at().toString());
        row.put("action", record.action().id());
        row.put("actor", record.actor());
        row.put("address", record.address());
        row.put("subject", record.subject());
        row.put("detail", record.detail());
        return row;
    }

    /** The filter as query parameters, for the paging links (without offset). */
    private static String query(Exchange x) {
        StringBuilder query = new StringBuilder();
        for (String action : x.params("action")) {
            query.append("&action=").append(java.net.URLEncoder.encode(action, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String name : List.of("actor", "from", "to", "subject", "limit")) {
            x.param(name).ifPresent(value -> query.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        }
        return query.toString();
    }
}
