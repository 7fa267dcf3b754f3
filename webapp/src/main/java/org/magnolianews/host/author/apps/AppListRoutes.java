package org.magnolianews.host.author.apps;

import static org.magnolianews.host.author.web.Html.esc;
import static org.magnolianews.host.author.web.Html.url;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.query.Query;
import org.apache.jackrabbit.util.ISO9075;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.author.web.Layout;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.MgnlNodeTypes;

/** The app launcher, a content app's list (search, filters, sort, paging, folders) and the reference picker's search. */
public final class AppListRoutes {

    private final AppServices services;
    private final Layout layout;
    /** Sub-folders by workspace and folder; any content change drops them all. */
    private final com.github.benmanes.caffeine.cache.Cache<String, List<String[]>> folderCache =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(5_000).build();

    public AppListRoutes(AppServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
        services.host().events().subscribe(event -> folderCache.invalidateAll());
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.LAUNCHER, this::launcher);
        servlet.handle(AuthorRoute.APP_LIST, this::list);
        servlet.handle(AuthorRoute.PICKER, this::pick);
    }

    private void launcher(Exchange x) throws Exception {
        StringBuilder html = new StringBuilder("<h1>").append(esc(x.t("launcher.title"))).append("</h1><div class=\"launcher\">");
        for (Layout.NavEntry entry : layout.entries()) {
            if (x.may(entry.permission())) {
                html.append("<a class=\"tile\" href=\"").append(Exchange.BASE).append(entry.href()).append("\">")
                        .append(esc(x.messages().getOr(x.lang(), entry.labelKey(), entry.fallbackLabel()))).append("</a>");
            }
        }
        x.page(200, x.t("launcher.title"), html.append("</div>").toString());
    }

    private void list(Exchange x) throws Exception {
        long started = System.nanoTime();
        ContentApp app = services.app(x);
        ListRequest request = request(x, services, x.intParam("page", 1, 1, 100_000), x.intParam("size", 50, 1, ListRequest.MAX_PAGE_SIZE));
        long queried = System.nanoTime();
        ListQuery.Page page = services.lists().run(app, request, x.lang());
        long listed = System.nanoTime();
        String folder = request.folder();
        List<String[]> folders = folderCache.get(app.workspace() + ":" + folder, key -> folders(app, folder));
        long foldered = System.nanoTime();
        String body = render(x, app, request, page, folders);
        long rendered = System.nanoTime();
        // Where a list's server time goes (seen in the browser's network panel; used by the benchmark).
        x.response().setHeader("Server-Timing", String.format(java.util.Locale.ROOT,
                "query;dur=%.1f, execute;dur=%.1f, rows;dur=%.1f, folders;dur=%.1f, render;dur=%.1f, list;dur=%.1f", (listed - queried) / 1e6,
                page.executeMillis(), page.readMillis(),
                (foldered - listed) / 1e6, (rendered - foldered) / 1e6, (rendered - started) / 1e6));
        x.page(200, appLabel(x, app), body);
    }

    /** The list a request asks for (folder, search, filters, sort), checked: the list page and the export read the same parameters. */
    public static ListRequest request(Exchange x, AppServices services, int page, int pageSize) {
        String folder = AppServices.checkedPath(x, x.param("folder").orElse("/"));
        String sort = x.param("sort").orElse("date");
        if (!ListQuery.isSortable(sort)) {
            throw AuthorProblem.badRequest(x.t("error.badSort", sort));
        }
        Optional<String> status = x.param("status");
        if (status.isPresent() && !List.of("published", "modified", "unpublished").contains(status.get())) {
            throw AuthorProblem.badRequest(x.t("error.badStatus", status.get()));
        }
        Optional<String> missing = x.param("missing");
        if (missing.isPresent() && !services.host().languages().isSupported(missing.get())) {
            throw AuthorProblem.badRequest(x.t("error.badLanguage", missing.get()));
        }
        Optional<String> subject = x.param("subject");
        if (subject.isPresent() && !subject.get().matches("[0-9a-f-]{36}")) {
            throw AuthorProblem.badRequest(x.t("error.badSubject", subject.get()));
        }
        Optional<String> search = x.param("q").map(q -> q.length() > 200 ? q.substring(0, 200) : q);
        return new ListRequest(folder, search, subject, status, missing, sort, !x.param("dir").orElse("desc").equals("asc"), page, pageSize);
    }

    /** The export links of a list (issue 10): the same folder, search and filters, as a JSON or CSV download. */
    private static String exportLinks(Exchange x, ContentApp app, ListRequest request) {
        StringBuilder query = new StringBuilder("app=").append(url(app.name())).append("&amp;folder=").append(url(request.folder()));
        request.search().ifPresent(q -> query.append("&amp;q=").append(url(q)));
        request.subject().ifPresent(v -> query.append("&amp;subject=").append(url(v)));
        request.status().ifPresent(v -> query.append("&amp;status=").append(url(v)));
        request.missingLanguage().ifPresent(v -> query.append("&amp;missing=").append(url(v)));
        query.append("&amp;sort=").append(url(request.sort())).append("&amp;dir=").append(request.descending() ? "desc" : "asc");
        StringBuilder html = new StringBuilder();
        for (String format : List.of("json", "csv")) {
            html.append(" <a class=\"button secondary\" id=\"export-").append(format).append("\" download href=\"").append(Exchange.BASE)
                    .append("/export?").append(query).append("&amp;format=").append(format).append("\">").append(esc(x.t("export." + format))).append("</a>");
        }
        return html.toString();
    }

    static String appLabel(Exchange x, ContentApp app) {
        return x.messages().getOr(x.lang(), app.name() + ".app.label", app.label());
    }

    private String render(Exchange x, ContentApp app, ListRequest request, ListQuery.Page page, List<String[]> folders) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"app-head\"><h1>").append(esc(appLabel(x, app))).append("</h1>")
                .append("<a class=\"button\" id=\"add-item\" href=\"").append(Exchange.BASE).append("/app/new?app=").append(url(app.name()))
                .append("&amp;folder=").append(url(request.folder())).append("\">").append(esc(x.t("action.add"))).append("</a>");
        if (app.type().name().equals("news")) {
            html.append(" <a class=\"button secondary\" href=\"").append(Exchange.BASE).append("/import?app=").append(url(app.name()))
                    .append("\">").append(esc(x.t("import.title"))).append("</a>");
        }
        html.append(exportLinks(x, app, request));
        html.append("</div>");
        html.append(filters(x, app, request));
        html.append("<nav class=\"folders\"><span>").append(esc(x.t("list.folder"))).append(": </span>");
        String crumb = "";
        html.append(folderLink(app, request, "/", "/"));
        for (String segment : request.folder().split("/")) {
            if (!segment.isEmpty()) {
                crumb += "/" + segment;
                html.append(" / ").append(folderLink(app, request, crumb, segment));
            }
        }
        if (!folders.isEmpty()) {
            html.append("<span class=\"subfolders\">");
            for (String[] f : folders) {
                html.append(folderLink(app, request, f[0], f[1] + "/")).append(" ");
            }
            html.append("</span>");
        }
        html.append("</nav>");
        html.append("<p class=\"count\" id=\"result-count\">").append(esc(page.total() < 0 ? x.t("list.countUnknown")
                : x.t("list.count", page.total()))).append("</p>");
        html.append("<table class=\"items\" id=\"items\"><thead><tr>");
        for (String column : List.of("title", "date", "subjects", "status", "lastModified", "languages")) {
            html.append("<th>").append(esc(x.t("column." + column))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (ItemRow row : page.rows()) {
            html.append("<tr data-path=\"").append(esc(row.path())).append("\"><td><a class=\"item-link\" href=\"").append(Exchange.BASE)
                    .append("/app/edit?app=").append(url(app.name())).append("&amp;path=").append(url(row.path())).append("\">")
                    .append(esc(row.title())).append("</a><br><small>").append(esc(row.path())).append("</small></td>")
                    .append("<td>").append(esc(shortDate(row.date()))).append("</td>")
                    .append("<td>").append(esc(String.join(", ", row.subjects()))).append("</td>")
                    .append("<td>").append(StatusBadge.of(x, row.status())).append("</td>")
                    .append("<td>").append(esc(shortDate(row.lastModified()))).append(" <small>").append(esc(row.lastModifiedBy())).append("</small></td>")
                    .append("<td>").append(esc(String.join(" ", row.languages().stream().map(String::toUpperCase).toList()))).append("</td></tr>");
        }
        html.append("</tbody></table>");
        // Jackrabbit does not always count a limited, sorted result (total -1): then "next" shows while pages are full.
        long pages = page.total() < 0 ? (page.rows().size() == request.pageSize() ? request.page() + 1 : request.page())
                : Math.max(1, (page.total() + request.pageSize() - 1) / request.pageSize());
        html.append("<nav class=\"paging\">");
        if (request.page() > 1) {
            html.append("<a id=\"prev-page\" href=\"").append(listUrl(app, request, request.folder(), request.page() - 1)).append("\">← ")
                    .append(esc(x.t("list.previous"))).append("</a> ");
        }
        html.append(esc(page.total() < 0 ? x.t("list.pageOnly", request.page()) : x.t("list.page", request.page(), pages)));
        if (request.page() < pages) {
            html.append(" <a id=\"next-page\" href=\"").append(listUrl(app, request, request.folder(), request.page() + 1)).append("\">")
                    .append(esc(x.t("list.next"))).append(" →</a>");
        }
        return html.append("</nav>").toString();
    }

    private String filters(Exchange x, ContentApp app, ListRequest request) {
        StringBuilder html = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"").append(Exchange.BASE).append("/app\">")
                .append("<input type=\"hidden\" name=\"app\" value=\"").append(esc(app.name())).append("\">")
                .append("<input type=\"hidden\" name=\"folder\" value=\"").append(esc(request.folder())).append("\">")
                .append("<input type=\"search\" name=\"q\" id=\"search\" placeholder=\"").append(esc(x.t("list.search"))).append("\" value=\"")
                .append(esc(request.search().orElse(""))).append("\">");
        if (app.subjectProperty().isPresent()) {
            String referenced = app.subjectProperty().get().referencedType();
            html.append("<select name=\"subject\" id=\"filter-subject\"><option value=\"\">").append(esc(x.t("list.anySubject"))).append("</option>");
            for (ReferenceLabels.Choice choice : services.labels().search(referenced, "", x.lang(), 500)) {
                html.append("<option value=\"").append(esc(choice.id())).append("\"")
                        .append(request.subject().filter(choice.id()::equals).isPresent() ? " selected" : "").append(">")
                        .append(esc(choice.title())).append("</option>");
            }
            html.append("</select>");
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("", x.t("list.anyStatus"));
        for (String status : List.of("published", "modified", "unpublished")) {
            statuses.put(status, x.t("status." + status));
        }
        html.append(select(x, "status", "filter-status", request.status().orElse(""), statuses));
        Map<String, String> missing = new LinkedHashMap<>();
        missing.put("", x.t("list.allLanguages"));
        for (String lang : services.host().languages().all()) {
            missing.put(lang, x.t("list.missing", lang.toUpperCase()));
        }
        html.append(select(x, "missing", "filter-missing", request.missingLanguage().orElse(""), missing));
        Map<String, String> sorts = new LinkedHashMap<>();
        for (String s : List.of("date", "title", "lastModified", "name")) {
            sorts.put(s, x.t("list.sort." + s));
        }
        html.append(select(x, "sort", "sort", request.sort(), sorts));
        html.append(select(x, "dir", "dir", request.descending() ? "desc" : "asc", Map.of("desc", "↓", "asc", "↑")));
        return html.append("<button type=\"submit\" id=\"apply-filters\">").append(esc(x.t("list.apply"))).append("</button></form>").toString();
    }

    private static String select(Exchange x, String name, String id, String current, Map<String, String> options) {
        StringBuilder html = new StringBuilder("<select name=\"").append(name).append("\" id=\"").append(id).append("\">");
        List<String> keys = new ArrayList<>(options.keySet());
        if (keys.contains("")) {
            keys.remove("");
            keys.add(0, "");
        }
        for (String key : keys) {
            html.append("<option value=\"").append(esc(key)).append("\"").append(key.equals(current) ? " selected" : "").append(">")
                    .append(esc(options.get(key))).append("</option>");
        }
        return html.append("</select>").toString();
    }

    private static String folderLink(ContentApp app, ListRequest request, String folder, String label) {
        return "<a class=\"folder\" href=\"" + listUrl(app, request, folder, 1) + "\">" + esc(label) + "</a>";
    }

    private static String listUrl(ContentApp app, ListRequest r, String folder, int page) {
        StringBuilder url = new StringBuilder(Exchange.BASE).append("/app?app=").append(url(app.name())).append("&amp;folder=").append(url(folder));
        r.search().ifPresent(q -> url.append("&amp;q=").append(url(q)));
        r.subject().ifPresent(s -> url.append("&amp;subject=").append(url(s)));
        r.status().ifPresent(s -> url.append("&amp;status=").append(url(s)));
        r.missingLanguage().ifPresent(s -> url.append("&amp;missing=").append(url(s)));
        url.append("&amp;sort=").append(url(r.sort())).append("&amp;dir=").append(r.descending() ? "desc" : "asc")
                .append("&amp;size=").append(r.pageSize()).append("&amp;page=").append(page);
        return url.toString();
    }

    /** Direct sub-folders of a folder, by XPath (a month folder holds thousands of items: never iterate them). */
    private List<String[]> folders(ContentApp app, String folder) {
        String base = folder.equals("/") ? "/jcr:root" : "/jcr:root" + ISO9075.encodePath(folder);
        String statement = base + "/element(*, " + MgnlNodeTypes.FOLDER + ")";
        return services.host().repository().call(app.workspace(), session -> {
            @SuppressWarnings("deprecation")
            Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
            query.setLimit(100);
            List<String[]> found = new ArrayList<>();
            for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                found.add(new String[] {node.getPath(), node.getName()});
            }
            found.sort((a, b) -> b[1].compareTo(a[1])); // newest year and month first
            return found;
        });
    }

    private void pick(Exchange x) throws Exception {
        String type = x.required("type");
        if (services.host().definitions().contentType(type).isEmpty()) {
            throw AuthorProblem.badRequest(x.t("error.noContentType", type));
        }
        String query = x.param("q").orElse("");
        if (query.length() > 100) {
            throw AuthorProblem.badRequest(x.t("error.range", "q", 0, 100));
        }
        List<ReferenceLabels.Choice> choices = services.labels().search(type, query, x.lang(), 20);
        Json.write(x.response(), 200, choices);
    }

    static String shortDate(String iso) {
        return iso.length() >= 16 ? iso.substring(0, 10) + " " + iso.substring(11, 16) : iso;
    }
}
