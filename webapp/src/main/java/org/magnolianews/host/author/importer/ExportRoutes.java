package org.magnolianews.host.author.importer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.magnolianews.host.author.apps.AppListRoutes;
import org.magnolianews.host.author.apps.AppServices;
import org.magnolianews.host.author.apps.ContentApp;
import org.magnolianews.host.author.apps.ListRequest;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.http.Json;

/**
 * {@code GET /export?app=…&format=json|csv} plus the list's own parameters (folder, search, filters, sort):
 * the items a content app's list shows, on all its pages, as a download (issue 10). The JSON is the array of
 * objects import takes, and the CSV the file CSV import takes, so an export imports back (as new drafts).
 */
public final class ExportRoutes {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final AppServices services;

    public ExportRoutes(AppServices services) {
        this.services = services;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.EXPORT, this::export);
    }

    private void export(Exchange x) throws Exception {
        ContentApp app = services.app(x);
        String format = x.required("format");
        if (!format.equals("json") && !format.equals("csv")) {
            throw AuthorProblem.badRequest(x.t("export.badFormat", format));
        }
        ListRequest request = AppListRoutes.request(x, services, 1, ListRequest.MAX_PAGE_SIZE);
        List<String> paths = services.lists().paths(app, request, ImportRows.MAX_ROWS);
        if (paths.size() > ImportRows.MAX_ROWS) {
            throw AuthorProblem.badRequest(x.t("export.tooMany", ImportRows.MAX_ROWS));
        }
        List<Map<String, Object>> rows = services.host().repository().call(app.workspace(), session -> {
            List<Map<String, Object>> read = new ArrayList<>();
            for (String path : paths) {
                read.add(services.values().read(session.getNode(path), app.type()));
            }
            return read;
        });
        String fileName = app.name() + "-" + LocalDateTime.now().format(STAMP) + "." + format;
        x.response().setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        x.response().setHeader("Cache-Control", "no-store");
        if (format.equals("json")) {
            Json.write(x.response(), 200, rows);
            return;
        }
        byte[] csv = new CsvExport(services.host().languages()).write(app.type(), rows).getBytes(StandardCharsets.UTF_8);
        x.response().setStatus(200);
        x.response().setContentType("text/csv; charset=utf-8");
        x.response().setContentLength(csv.length);
        x.response().getOutputStream().write(csv);
    }
}
