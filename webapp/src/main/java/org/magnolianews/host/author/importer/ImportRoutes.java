package org.magnolianews.host.author.importer;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.magnolianews.host.author.apps.AppServices;
import org.magnolianews.host.author.apps.ContentApp;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.content.BulkLoader;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.content.FieldError;
import org.magnolianews.host.content.ValidationException;
import org.magnolianews.host.http.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk import of items from a JSON file. Every row is validated first; if any row is rejected,
 * nothing is imported and the report lists each rejected row with its field errors. A clean file is
 * written in the background through one session saved once at the end (all or nothing), while the
 * page shows a progress bar.
 */
public final class ImportRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRoutes.class);
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private final AppServices services;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final org.magnolianews.host.author.web.AdminTemplates templates = new org.magnolianews.host.author.web.AdminTemplates();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "author-import");
        thread.setDaemon(true);
        return thread;
    });

    public ImportRoutes(AppServices services) {
        this.services = services;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.IMPORT_FORM, this::form);
        servlet.handle(AuthorRoute.IMPORT, this::upload);
        servlet.handle(AuthorRoute.IMPORT_STATUS, this::status);
    }

    public void close() {
        executor.shutdownNow();
    }

    private void form(Exchange x) throws Exception {
        x.page(200, x.t("import.title"), formHtml(x, null));
    }

    /** The form; {@code report} is the refused file's (headline and lines), or null. */
    private String formHtml(Exchange x, Map<String, Object> report) {
        List<Map<String, Object>> apps = new ArrayList<>();
        for (ContentApp app : services.apps().all()) {
            apps.add(Map.of("name", app.name(), "label", x.messages().getOr(x.lang(), app.name() + ".app.label", app.label()),
                    "selected", x.param("app").filter(app.name()::equals).isPresent()));
        }
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("apps", apps);
        model.put("report", report);
        return templates.render(x, "import.ftlh", model);
    }

    private void upload(Exchange x) throws Exception {
        ContentApp app = services.app(x);
        Part part = x.file("file").orElseThrow(() -> AuthorProblem.badRequest(x.t("error.noFile")));
        if (part.getSize() > MAX_BYTES) {
            throw AuthorProblem.badRequest(x.t("error.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        List<Map<String, Object>> rows;
        try {
            rows = rows(app, part);
        } catch (ImportFileException e) {
            x.page(400, x.t("import.title"), formHtml(x, report(x, x.t(e.key(), e.args()), List.of())));
            return;
        }
        if (rows.isEmpty()) {
            x.page(400, x.t("import.title"), formHtml(x, report(x, x.t("import.empty"), List.of())));
            return;
        }
        List<String> rejected = new ArrayList<>();
        ReferenceNames references = new ReferenceNames(services.host().definitions(), services.host().repository(), services.host().languages());
        for (int i = 0; i < rows.size(); i++) {
            List<FieldError> unresolved = new ArrayList<>();
            references.resolve(app.type(), rows.get(i), unresolved);
            for (FieldError error : unresolved) {
                rejected.add(x.t("import.row", i + 1, error.field(), error.reason()));
            }
            if (!unresolved.isEmpty()) {
                continue; // the validator would only repeat "must be the identifier" for the same values
            }
            try {
                services.host().content().validate(app.type().name(), rows.get(i));
            } catch (ValidationException e) {
                for (FieldError error : e.errors()) {
                    rejected.add(x.t("import.row", i + 1, error.field(), error.reason()));
                }
            }
        }
        if (!rejected.isEmpty()) {
            x.page(400, x.t("import.title"), formHtml(x, report(x, x.t("import.rejected", rows.size()), rejected)));
            return;
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), x.user().name(), rows.size());
        jobs.put(job.id, job);
        executor.submit(() -> run(app, rows, job));
        x.page(202, x.t("import.title"), templates.render(x, "import.ftlh",
                Map.of("job", Map.of("id", job.id, "total", rows.size(), "app", app.name()))));
    }

    /** The file's rows: CSV when its name ends in .csv (issue 10), JSON otherwise; {@link ImportFileException} says what is wrong. */
    private List<Map<String, Object>> rows(ContentApp app, Part part) throws java.io.IOException, ImportFileException {
        String fileName = part.getSubmittedFileName() == null ? "" : part.getSubmittedFileName().toLowerCase(java.util.Locale.ROOT);
        try (InputStream in = part.getInputStream()) {
            if (fileName.endsWith(".csv")) {
                return new CsvRows(services.host().languages()).read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), app.type());
            }
            JsonNode root = Json.MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new ImportFileException("import.empty");
            }
            return ImportRows.read(root);
        } catch (JsonProcessingException e) {
            throw new ImportFileException("import.badJson", JsonProblems.describe(e));
        } catch (IllegalArgumentException e) {
            throw new ImportFileException("import.badRows", e.getMessage());
        }
    }

    private void run(ContentApp app, List<Map<String, Object>> rows, ImportJob job) {
        BulkLoader loader = services.host().content().bulkLoader(app.type().name(), job.user, Integer.MAX_VALUE);
        List<String> ids = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        try {
            for (Map<String, Object> row : rows) {
                var created = loader.add(new LinkedHashMap<>(row), false);
                ids.add(created.identifier());
                paths.add(created.path());
                job.done.incrementAndGet();
            }
            loader.close();
            job.paths = paths;
            job.state = ImportJob.State.DONE;
            services.host().events().fire(new ContentEvent(ContentEvent.Kind.SAVED, app.workspace(), ids, paths, job.user));
        } catch (Exception e) {
            loader.discard();
            job.state = ImportJob.State.FAILED;
            job.message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warn("Import {} into {} failed, nothing imported: {}", job.id, app.name(), job.message);
        }
    }

    private void status(Exchange x) throws Exception {
        ImportJob job = jobs.get(x.required("id"));
        if (job == null || !job.user.equals(x.user().name())) {
            throw AuthorProblem.notFound(x.t("error.notFound"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", job.state.name().toLowerCase());
        body.put("done", job.done.get());
        body.put("total", job.total);
        body.put("message", job.state == ImportJob.State.DONE ? x.t("import.done", job.total)
                : job.state == ImportJob.State.FAILED ? x.t("import.failed", job.message) : "");
        Json.write(x.response(), 200, body);
    }

    /** A refused file's report: the headline and at most 500 row messages. */
    private static Map<String, Object> report(Exchange x, String headline, List<String> lines) {
        return Map.of("headline", headline, "lines", List.copyOf(lines.subList(0, Math.min(lines.size(), 500))));
    }
}
