package org.magnolianews.host.management;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.magnolianews.host.audit.AuditFilter;
import org.magnolianews.host.audit.AuditFilterParser;
import org.magnolianews.host.audit.AuditLog;
import org.magnolianews.host.audit.AuditRecord;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.security.Access;
import org.magnolianews.host.security.Permission;

/**
 * The audit trail for admins, {@code GET /.rest/audit/v1?action=&actor=&from=&to=&subject=&limit=&offset=}
 * (see {@link AuditFilterParser}): records newest first.
 */
final class AuditServlet extends ApiServlet {

    private final AuditLog audit;

    AuditServlet(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Access.require(request, Permission.READ_AUDIT);
        if (!request.getMethod().equals("GET")) {
            throw methodNotAllowed(request);
        }
        AuditFilter filter;
        try {
            filter = AuditFilterParser.parse(name -> Optional.ofNullable(request.getParameter(name)));
        } catch (AuditFilterParser.BadParameter e) {
            throw ApiException.badRequest(e.parameter(), e.getMessage());
        }
        List<Map<String, Object>> results = audit.find(filter).stream().map(AuditServlet::toJson).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        body.put("limit", filter.limit());
        body.put("offset", filter.offset());
        Json.write(response, 200, body);
    }

    private static Map<String, Object> toJson(AuditRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", record.at().toString());
        json.put("action", record.action().id());
        json.put("actor", record.actor());
        json.put("address", record.address());
        json.put("subject", record.subject());
        json.put("detail", record.detail());
        return json;
    }
}
