package org.magnolianews.host.author.trash;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magnolianews.host.author.apps.ContentApp;
import org.magnolianews.host.author.apps.ContentApps;
import org.magnolianews.host.author.apps.SiteTime;
import org.magnolianews.host.author.web.AdminTemplates;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.content.Trash;
import org.magnolianews.host.content.TrashEntry;

/**
 * The trash screen ({@code /trash}, issue 10): what was deleted, by whom, when and from where, and when the sweep
 * purges it; restore (editors: it comes back as a draft) and purge now (publishers: gone for good).
 */
public final class TrashRoutes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SiteTime.ZONE);

    private final Trash trash;
    private final ContentApps apps;
    private final AdminTemplates templates;

    public TrashRoutes(Trash trash, ContentApps apps, AdminTemplates templates) {
        this.trash = trash;
        this.apps = apps;
        this.templates = templates;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.TRASH, this::list);
        servlet.handle(AuthorRoute.TRASH_RESTORE, this::restore);
        servlet.handle(AuthorRoute.TRASH_PURGE, this::purge);
    }

    private void list(Exchange x) throws Exception {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("days", trash.retention().toDays());
        model.put("entries", trash.list().stream().map(entry -> row(x, entry)).toList());
        model.put("restoredAs", x.param("as").orElse(""));
        model.put("mayPurge", x.may(org.magnolianews.host.security.Permission.CHANGE_PUBLISHED));
        x.page(200, x.t("trash.title"), templates.render(x, "trash.ftlh", model));
    }

    private void restore(Exchange x) throws Exception {
        TrashEntry entry = entry(x);
        Trash.Restored restored;
        try {
            restored = trash.restore(entry.workspace(), entry.id(), x.user().name());
        } catch (Trash.RestoreRefused e) {
            throw new AuthorProblem(409, x.t("trash.restoreRefused", e.getMessage()));
        }
        String as = restored.renamed() ? "&as=" + URLEncoder.encode(restored.path(), StandardCharsets.UTF_8) : "";
        x.redirect("/trash?done=" + (restored.renamed() ? "restoredRenamed" : "restoredFromTrash") + as);
    }

    private void purge(Exchange x) throws Exception {
        TrashEntry entry = entry(x);
        trash.purge(entry.workspace(), entry.id(), x.user().name());
        x.redirect("/trash?done=purged");
    }

    private TrashEntry entry(Exchange x) {
        return trash.find(x.required("workspace"), x.required("id"))
                .orElseThrow(() -> new AuthorProblem(404, x.t("trash.notFound")));
    }

    private Map<String, Object> row(Exchange x, TrashEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", entry.id());
        row.put("workspace", entry.workspace());
        row.put("where", appLabel(x, entry.workspace()));
        row.put("path", entry.originalPath());
        row.put("title", entry.title());
        row.put("by", entry.deletedBy());
        row.put("at", SHOWN.format(entry.deletedAt()));
        row.put("expires", SHOWN.format(entry.expiresAt(trash.retention())));
        return row;
    }

    /** The app the item belonged to, in the UI's language; the workspace name when no app shows it (pages). */
    private String appLabel(Exchange x, String workspace) {
        List<ContentApp> matching = apps.all().stream().filter(app -> app.workspace().equals(workspace)).toList();
        return matching.isEmpty() ? workspace : x.messages().getOr(x.lang(), matching.get(0).name() + ".app.label", matching.get(0).label());
    }
}
