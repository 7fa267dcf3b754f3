package org.magnolianews.host.author.web;

import static org.magnolianews.host.security.Permission.MANAGE_USERS;
import static org.magnolianews.host.security.Permission.PUBLISH;
import static org.magnolianews.host.security.Permission.READ_AUDIT;
import static org.magnolianews.host.security.Permission.READ_CONTENT;
import static org.magnolianews.host.security.Permission.WRITE_DRAFTS;

import java.util.Optional;
import org.magnolianews.host.security.Permission;

/**
 * Every route of the admincentral and the permission it needs, in one list (issue 12): a handler
 * class binds its routes with {@link AdmincentralServlet#handle}, and the servlet refuses to start
 * while a route here has no handler. A route whose requests need more for some inputs (an item
 * action on published content needs {@link Permission#CHANGE_PUBLISHED}) checks that in its handler,
 * as {@link #APP_ACTION} does.
 */
public enum AuthorRoute {

    STYLES("GET", "/static/admin.css", null),
    SCRIPTS("GET", "/static/admin.js", null),
    DRAFTS_SCRIPT("GET", "/static/drafts.js", null),
    PAGE_EDITOR_SCRIPT("GET", "/static/page-editor.js", null),
    PAGE_EDITOR_STYLES("GET", "/static/page-editor.css", null),
    PAGE_EDITOR_FRAME_SCRIPT("GET", "/static/page-editor-frame.js", null),
    RICH_TEXT_SCRIPT("GET", "/static/richtext.js", null),
    CKEDITOR_SCRIPT("GET", "/static/ckeditor/ckeditor5.js", null),
    CKEDITOR_STYLES("GET", "/static/ckeditor/ckeditor5.css", null),
    CKEDITOR_RUSSIAN("GET", "/static/ckeditor/ru.js", null),
    LANGUAGE("GET", "/language", null),
    LOGIN_FORM("GET", "/login", null),
    LOGIN("POST", "/login", null),
    LOGOUT("POST", "/logout", READ_CONTENT),

    LAUNCHER("GET", "/", READ_CONTENT),
    APP_LIST("GET", "/app", READ_CONTENT),
    PICKER("GET", "/pick", READ_CONTENT),
    APP_NEW("GET", "/app/new", WRITE_DRAFTS),
    APP_EDIT("GET", "/app/edit", READ_CONTENT),
    APP_SAVE("POST", "/app/save", WRITE_DRAFTS),
    /** Publishing actions need {@link Permission#PUBLISH}, deleting or moving published content {@link Permission#CHANGE_PUBLISHED}. */
    APP_ACTION("POST", "/app/action", WRITE_DRAFTS),
    APP_DELETE_CONFIRM("GET", "/app/delete", READ_CONTENT),
    APP_DIFF("GET", "/app/diff", READ_CONTENT),
    APP_PREVIEW("GET", "/app/preview", READ_CONTENT),

    PAGES("GET", "/pages", READ_CONTENT),
    /** The page editor: the page in a frame with its page, area and component bars. */
    PAGE("GET", "/pages/page", READ_CONTENT),
    /** The page's areas and components as a list of forms (no frame, no script needed). */
    PAGE_STRUCTURE("GET", "/pages/structure", READ_CONTENT),
    /** The page rendered in edit mode (the cms directives' comments), which the page editor frames: for who may edit. */
    PAGE_FRAME("GET", "/pages/frame", WRITE_DRAFTS),
    /** What a dialog shown over the page editor loads once saved: it sends the editor to the saved page. */
    COMPONENT_DONE("GET", "/pages/component/done", READ_CONTENT),
    /** The page bar's dialog: the page's properties in its template's dialog. */
    PAGE_PROPERTIES("GET", "/pages/properties", READ_CONTENT),
    PAGE_PROPERTIES_SAVE("POST", "/pages/properties", WRITE_DRAFTS),
    PAGE_PREVIEW("GET", "/pages/preview", READ_CONTENT),
    COMPONENT_DIALOG("GET", "/pages/component", READ_CONTENT),
    COMPONENT_SAVE("POST", "/pages/component", WRITE_DRAFTS),
    COMPONENT_ACTION("POST", "/pages/component/action", WRITE_DRAFTS),
    PAGE_PUBLISH("POST", "/pages/publish", PUBLISH),

    ASSET("GET", "/asset", READ_CONTENT),
    ASSETS("GET", "/assets", READ_CONTENT),
    ASSET_UPLOAD("POST", "/assets/upload", WRITE_DRAFTS),
    ASSET_EDIT("GET", "/assets/edit", READ_CONTENT),
    ASSET_SAVE("POST", "/assets/save", WRITE_DRAFTS),
    /** A new file for an asset, keeping its identifier (issue 10): a change like its metadata, published as usual. */
    ASSET_REPLACE("POST", "/assets/replace", WRITE_DRAFTS),
    /** Folders in the DAM (issue 10): creating one and moving an asset into one are editors' work. */
    ASSET_FOLDER("POST", "/assets/folder", WRITE_DRAFTS),
    ASSET_MOVE("POST", "/assets/move", WRITE_DRAFTS),
    /** Deleting an asset (unpublished with it) takes it off the site: a publisher's decision, as deleting published items. */
    ASSET_DELETE("POST", "/assets/delete", Permission.CHANGE_PUBLISHED),
    /** The asset picker's search (JSON) for a form's asset field. */
    ASSET_PICKER("GET", "/assets/pick", READ_CONTENT),

    IMPORT_FORM("GET", "/import", WRITE_DRAFTS),
    IMPORT("POST", "/import", WRITE_DRAFTS),
    IMPORT_STATUS("GET", "/import/status", READ_CONTENT),
    /** A content app's folder or filtered list as JSON or CSV (issue 10): reading, so editors and up. */
    EXPORT("GET", "/export", READ_CONTENT),

    USERS("GET", "/users", MANAGE_USERS),
    USER_CREATE("POST", "/users/create", MANAGE_USERS),
    USER_ROLE("POST", "/users/role", MANAGE_USERS),
    USER_PASSWORD("POST", "/users/password", MANAGE_USERS),
    USER_ENABLED("POST", "/users/enabled", MANAGE_USERS),
    USER_DELETE("POST", "/users/delete", MANAGE_USERS),

    AUDIT("GET", "/audit", READ_AUDIT),
    /** The webhook definitions and delivery log (issue 9): like the audit trail, an admin's. */
    WEBHOOKS("GET", "/webhooks", READ_AUDIT),

    /** Every definition with its problems (issue 9), as Magnolia's Definitions app: admins. */
    DEFINITIONS("GET", "/definitions", Permission.READ_DEFINITIONS),

    /** Deleted items (issue 10): listing and restoring (as a draft) are editors' work; purging for good a publisher's. */
    TRASH("GET", "/trash", READ_CONTENT),
    TRASH_RESTORE("POST", "/trash/restore", WRITE_DRAFTS),
    TRASH_PURGE("POST", "/trash/purge", Permission.CHANGE_PUBLISHED);

    private final String method;
    private final String path;
    private final Permission permission;

    AuthorRoute(String method, String path, Permission permission) {
        this.method = method;
        this.path = path;
        this.permission = permission;
    }

    public String method() {
        return method;
    }

    /** The path below {@code /.magnolia/admincentral}. */
    public String path() {
        return path;
    }

    /** What a caller needs; empty: no login (static files, language, the login itself). */
    public Optional<Permission> permission() {
        return Optional.ofNullable(permission);
    }

    public static Optional<AuthorRoute> find(String method, String path) {
        for (AuthorRoute route : values()) {
            if (route.method.equals(method) && route.path.equals(path)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** Whether some route answers this path with another method (405 rather than 404). */
    public static boolean existsWithAnotherMethod(String method, String path) {
        for (AuthorRoute route : values()) {
            if (!route.method.equals(method) && route.path.equals(path)) {
                return true;
            }
        }
        return false;
    }
}
