package org.magnolianews.host.author.assets;

import static org.magnolianews.host.author.web.Html.url;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.author.apps.ImageInfo;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * The Assets app: upload images into the DAM with title, caption, credit and rights; list and search
 * them; edit their metadata; see their renditions (the original and scaled copies made on request
 * and cached).
 */
public final class AssetRoutes {

    /** Widths of the renditions offered, as Magnolia's imaging variations. */
    static final List<Integer> RENDITIONS = List.of(240, 480, 960);
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final List<String> METADATA_FIELDS = List.of("title", "caption", "copyright", "rights");

    private final HostContext host;
    private final AssetSearch search;
    private final org.magnolianews.host.author.apps.Referrers referrers;
    private final org.magnolianews.host.author.apps.ContentApps apps;
    private final org.magnolianews.host.author.web.AdminTemplates templates = new org.magnolianews.host.author.web.AdminTemplates();
    private final Cache<String, Renditions.Binary> renditions = Caffeine.newBuilder()
            .maximumWeight(org.magnolianews.host.config.MemoryBudget.ofThisJvm().authorRenditionCacheBytes())
            .weigher((String k, Renditions.Binary v) -> v.bytes().length).build();

    public AssetRoutes(HostContext host, org.magnolianews.host.author.apps.Referrers referrers, org.magnolianews.host.author.apps.ContentApps apps) {
        this.host = host;
        this.referrers = referrers;
        this.apps = apps;
        this.search = new AssetSearch(host.repository());
        host.events().subscribe(event -> {
            if (event.workspace().equals(WorkspaceLayout.DAM)) {
                renditions.invalidateAll();
            }
        });
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.ASSET, this::binary);
        servlet.handle(AuthorRoute.ASSETS, this::list);
        servlet.handle(AuthorRoute.ASSET_UPLOAD, this::upload);
        servlet.handle(AuthorRoute.ASSET_EDIT, this::edit);
        servlet.handle(AuthorRoute.ASSET_SAVE, this::save);
        servlet.handle(AuthorRoute.ASSET_REPLACE, this::replace);
        servlet.handle(AuthorRoute.ASSET_DELETE, this::delete);
        servlet.handle(AuthorRoute.ASSET_FOLDER, this::createFolder);
        servlet.handle(AuthorRoute.ASSET_MOVE, this::move);
        new AssetPicker(search).register(servlet);
    }

    private void binary(Exchange x) throws Exception {
        String id = assetId(x, x.required("id"));
        int width = x.intParam("width", 0, 0, 4000);
        Renditions.Binary binary = renditions.get(id + "/" + width, key -> load(id, width));
        if (binary == null) {
            throw AuthorProblem.notFound(x.t("error.noAsset", id));
        }
        x.response().setContentType(binary.mimeType());
        x.response().setHeader("Cache-Control", "private, max-age=60");
        x.response().setHeader("X-Content-Type-Options", "nosniff");
        x.response().setContentLength(binary.bytes().length);
        x.response().getOutputStream().write(binary.bytes());
    }

    private Renditions.Binary load(String id, int width) {
        return host.repository().call(WorkspaceLayout.DAM, session -> {
            Node asset;
            try {
                asset = session.getNodeByIdentifier(id);
            } catch (javax.jcr.ItemNotFoundException e) {
                return null;
            }
            if (!asset.isNodeType(MgnlNodeTypes.ASSET) || !asset.hasNode("jcr:content")) {
                return null;
            }
            Node resource = asset.getNode("jcr:content");
            String mime = resource.getProperty("jcr:mimeType").getString();
            try (InputStream in = resource.getProperty("jcr:data").getBinary().getStream()) {
                return Renditions.of(mime, in.readAllBytes(), width);
            } catch (java.io.IOException e) {
                throw new javax.jcr.RepositoryException(e);
            }
        });
    }

    private static String assetId(Exchange x, String key) {
        String id = key.startsWith("jcr:") ? key.substring(4) : key;
        if (!id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw AuthorProblem.badRequest(x.t("error.noAsset", key));
        }
        return id;
    }

    private void list(Exchange x) throws Exception {
        listPage(x, 200, Map.of(), Map.of());
    }

    /** Where uploads go when no folder is chosen (as before folders existed). */
    private static final String DEFAULT_FOLDER = "/uploads";

    /**
     * The grid with the upload and new-folder forms above it. With {@code folder}: that folder's subfolders and assets
     * under a breadcrumb; without: the root's folders and every asset, newest first; a search looks in every folder.
     * After a refused form, with what was typed and the form's message (issue 10).
     */
    private void listPage(Exchange x, int status, Map<String, String> typed, Map<String, String> errors) throws Exception {
        Optional<String> search = x.param("q").map(org.magnolianews.host.author.apps.ListQuery::searchTerms).filter(q -> !q.isEmpty());
        Optional<String> folder = x.param("folder").filter(f -> !f.isBlank());
        if (folder.isPresent() && !host.assets().isFolder(folder.get())) {
            throw AuthorProblem.notFound(x.t("error.noFolder", folder.get()));
        }
        int page = x.intParam("page", 1, 1, 10_000);
        List<AssetSearch.AssetRow> rows = folder.isPresent() && search.isEmpty()
                ? this.search.inFolder(folder.get(), (page - 1) * 50L, 50)
                : this.search.find(search, (page - 1) * 50L, 50);
        List<Map<String, Object>> fields = new java.util.ArrayList<>();
        for (String field : METADATA_FIELDS) {
            fields.add(Map.of("name", field, "value", typed.getOrDefault(field, "")));
        }
        String current = folder.orElse("/");
        List<Map<String, String>> breadcrumb = new java.util.ArrayList<>();
        breadcrumb.add(Map.of("name", x.t("assets.root"), "path", "/"));
        String walked = "";
        for (String segment : current.substring(1).split("/")) {
            if (!segment.isEmpty()) {
                walked += "/" + segment;
                breadcrumb.add(Map.of("name", segment, "path", walked));
            }
        }
        Map<String, Object> model = new java.util.HashMap<>(errors);
        model.put("accept", ImageInfo.ACCEPT_ATTRIBUTE);
        model.put("fields", fields);
        model.put("search", search.orElse(""));
        model.put("folder", folder.orElse(""));
        model.put("uploadFolder", folder.orElse(DEFAULT_FOLDER));
        model.put("parentFolder", current);
        model.put("folderName", typed.getOrDefault("name", ""));
        model.put("breadcrumb", breadcrumb);
        model.put("folders", page == 1 && search.isEmpty() ? this.search.subfolders(current) : List.of());
        model.put("rows", rows.stream().map(row -> Map.of("id", row.id(), "title", row.title(), "credit", row.credit())).toList());
        model.put("nextPage", rows.size() == 50 ? page + 1 : null);
        x.page(status, x.t("assets.title"), templates.render(x, "assets.ftlh", model));
    }

    private void createFolder(Exchange x) throws Exception {
        String parent = x.required("parent");
        String name = x.param("name").orElse("");
        if (!host.assets().isFolder(parent)) {
            throw AuthorProblem.badRequest(x.t("error.noFolder", parent));
        }
        if (name.codePoints().noneMatch(Character::isLetterOrDigit) || name.length() > 200) {
            listPage(x, 400, Map.of("name", name), Map.of("folderError", x.t("error.folderName")));
            return;
        }
        String path = host.assets().createFolder(parent, name, x.user().name());
        x.redirect("/assets?folder=" + url(path) + "&done=folderCreated");
    }

    /** Moves an asset into another folder; a published asset changes its address by path, so that is a publisher's move. */
    private void move(Exchange x) throws Exception {
        String id = assetId(x, x.required("id"));
        String folder = x.required("folder");
        AssetSearch.AssetRow row = row(x, id);
        if (!host.assets().isFolder(folder)) {
            detailPage(x, row, 400, Map.of("moveError", x.t("error.noFolder", folder)));
            return;
        }
        if (!x.may(org.magnolianews.host.security.Permission.CHANGE_PUBLISHED)
                && host.content().firstPublishedIn(WorkspaceLayout.DAM, row.path()).isPresent()) {
            detailPage(x, row, 403, Map.of("moveError", x.t("error.publishedNeedsPublisher", row.path())));
            return;
        }
        host.assets().move(id, folder, x.user().name());
        x.redirect("/assets/edit?id=" + url(id) + "&done=moved");
    }

    private void upload(Exchange x) throws Exception {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String field : METADATA_FIELDS) {
            x.param(field).ifPresent(v -> metadata.put(field, v));
        }
        String folder = x.param("folder").filter(f -> !f.isBlank()).orElse(DEFAULT_FOLDER);
        if (!folder.equals(DEFAULT_FOLDER) && !host.assets().isFolder(folder)) {
            listPage(x, 400, metadata, Map.of("fileError", x.t("error.noFolder", folder)));
            return;
        }
        Checked file = checkedImage(x);
        if (file.error() != null) {
            listPage(x, 400, metadata, Map.of("fileError", file.error()));
            return;
        }
        metadata.putIfAbsent("title", file.upload().fileName());
        String key = host.assets().create(folder, file.upload(), metadata, x.user().name());
        x.redirect("/assets/edit?id=" + url(key.substring(4)) + "&done=uploaded");
    }

    /** An uploaded file checked as an image: the upload, or the form message saying why not. */
    private record Checked(AssetStore.Upload upload, String error) {
    }

    /** The same checks for an upload and a replacement: a file is there, not too large, and an image Java can read. */
    private static Checked checkedImage(Exchange x) throws Exception {
        Optional<Part> file = x.file("file");
        if (file.isEmpty()) {
            return new Checked(null, x.t("error.noFile"));
        }
        Part part = file.get();
        String fileName = new java.io.File(String.valueOf(part.getSubmittedFileName())).getName();
        if (part.getSize() > MAX_BYTES) {
            return new Checked(null, x.t("error.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        Optional<ImageInfo> image = ImageInfo.accepted(bytes);
        if (image.isEmpty()) {
            return new Checked(null, x.t("error.notAnImage", fileName));
        }
        ImageInfo info = image.get();
        return new Checked(new AssetStore.Upload(fileName, info.mimeType(), bytes, info.width(), info.height()), null);
    }

    /** A new file for an asset: same identifier, so every use shows it (after a publish, as any change). */
    private void replace(Exchange x) throws Exception {
        String id = assetId(x, x.required("id"));
        AssetSearch.AssetRow row = row(x, id);
        Checked file = checkedImage(x);
        if (file.error() != null) {
            detailPage(x, row, 400, Map.of("replaceError", file.error()));
            return;
        }
        host.assets().replaceFile(id, file.upload(), x.user().name());
        x.redirect("/assets/edit?id=" + url(id) + "&done=replaced");
    }

    /**
     * Deletes an asset, refused while an item or page uses it (the editor removes the uses first: never a dangling
     * reference); a published asset is unpublished with it. Into the trash, audited as every delete (content events).
     */
    private void delete(Exchange x) throws Exception {
        String id = assetId(x, x.required("id"));
        AssetSearch.AssetRow row = row(x, id);
        List<org.magnolianews.host.author.apps.Referrers.Referrer> uses = referrers.ofAsset(id, 20);
        if (!uses.isEmpty()) {
            String names = String.join(", ", uses.stream().map(use -> "“" + use.title() + "”").toList());
            detailPage(x, row, 409, Map.of("deleteError", x.t("error.assetInUse", names)));
            return;
        }
        if (host.content().firstPublishedIn(WorkspaceLayout.DAM, row.path()).isPresent()) {
            host.content().unpublish(WorkspaceLayout.DAM, row.path(), x.user().name());
        }
        host.content().delete(WorkspaceLayout.DAM, row.path(), x.user().name());
        x.redirect("/assets?done=deleted");
    }

    private AssetSearch.AssetRow row(Exchange x, String id) {
        AssetSearch.AssetRow row = host.repository().call(WorkspaceLayout.DAM, session -> {
            try {
                Node node = session.getNodeByIdentifier(id);
                return node.isNodeType(MgnlNodeTypes.ASSET) ? AssetSearch.row(node) : null;
            } catch (javax.jcr.ItemNotFoundException e) {
                return null;
            }
        });
        if (row == null) {
            throw AuthorProblem.notFound(x.t("error.noAsset", id));
        }
        return row;
    }

    private void edit(Exchange x) throws Exception {
        String id = assetId(x, x.required("id"));
        detailPage(x, row(x, id), 200, Map.of());
    }

    /** The asset's detail: metadata form, file facts, replace and delete forms, renditions and where it is used. */
    private void detailPage(Exchange x, AssetSearch.AssetRow row, int status, Map<String, String> errors) throws Exception {
        Map<String, String> values = Map.of("title", row.title(), "caption", row.caption(), "copyright", row.credit(), "rights", row.rights());
        List<Map<String, Object>> fields = new java.util.ArrayList<>();
        for (String field : List.of("title", "caption", "copyright", "rights")) {
            fields.add(Map.of("name", field, "value", values.get(field)));
        }
        List<Map<String, Object>> usedIn = new java.util.ArrayList<>();
        for (org.magnolianews.host.author.apps.Referrers.Referrer use : referrers.ofAsset(row.id(), 50)) {
            String href = use.contentType().isEmpty() ? "/pages/page?path=" + url(use.path())
                    : apps.ofContentType(use.contentType()).map(app -> "/app/edit?app=" + url(app.name()) + "&path=" + url(use.path())).orElse(null);
            Map<String, Object> entry = new java.util.HashMap<>();
            entry.put("title", use.title());
            entry.put("where", use.workspace() + ":" + use.path());
            if (href != null) {
                entry.put("href", href);
            }
            usedIn.add(entry);
        }
        Map<String, Object> model = new java.util.HashMap<>(errors);
        model.put("id", row.id());
        model.put("title", row.title());
        model.put("fields", fields);
        model.put("path", row.path());
        model.put("fileName", row.fileName());
        model.put("width", row.width());
        model.put("height", row.height());
        model.put("kilobytes", row.size() / 1024);
        model.put("accept", ImageInfo.ACCEPT_ATTRIBUTE);
        model.put("usedIn", usedIn);
        String parent = row.path().substring(0, row.path().lastIndexOf('/'));
        model.put("folder", parent.isEmpty() ? "/" : parent);
        model.put("folders", host.assets().folders());
        model.put("mayDelete", x.may(org.magnolianews.host.security.Permission.CHANGE_PUBLISHED));
        // Renditions at or above the original's width are the original's bytes (issue 10): not offered apart.
        model.put("renditions", RENDITIONS.stream().filter(width -> row.width() == 0 || width < row.width()).toList());
        x.page(status, x.t("assets.title"), templates.render(x, "asset.ftlh", model));
    }

    private void save(Exchange x) throws Exception {
        String id = assetId(x, x.required("id"));
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String field : List.of("title", "caption", "copyright", "rights")) {
            String value = x.request().getParameter(field);
            if (value != null) {
                if (value.length() > 1000) {
                    throw AuthorProblem.badRequest(x.t("error.range", field, 0, 1000));
                }
                metadata.put(field, value);
            }
        }
        host.assets().updateMetadata(id, metadata, x.user().name());
        x.redirect("/assets/edit?id=" + url(id) + "&done=saved");
    }
}
