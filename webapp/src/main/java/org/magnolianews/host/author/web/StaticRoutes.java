package org.magnolianews.host.author.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The admincentral's stylesheet and scripts (classpath resources), CKEditor 5 (put into the resources at build
 * time from npm, see {@code webapp/src/main/frontend}), and the UI language switch.
 */
public final class StaticRoutes {

    private final byte[] css = read("admin.css");
    private final byte[] js = read("admin.js");
    private final byte[] drafts = read("drafts.js");
    private final byte[] richText = read("richtext.js");
    private final byte[] ckeditor = read("ckeditor/ckeditor5.umd.js");
    private final byte[] ckeditorCss = read("ckeditor/ckeditor5.css");
    private final byte[] ckeditorRussian = read("ckeditor/ru.umd.js");

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.STYLES, x -> serve(x, "text/css;charset=utf-8", css));
        servlet.handle(AuthorRoute.SCRIPTS, x -> serve(x, "text/javascript;charset=utf-8", js));
        servlet.handle(AuthorRoute.DRAFTS_SCRIPT, x -> serve(x, "text/javascript;charset=utf-8", drafts));
        servlet.handle(AuthorRoute.RICH_TEXT_SCRIPT, x -> serve(x, "text/javascript;charset=utf-8", richText));
        servlet.handle(AuthorRoute.CKEDITOR_SCRIPT, x -> serve(x, "text/javascript;charset=utf-8", ckeditor));
        servlet.handle(AuthorRoute.CKEDITOR_STYLES, x -> serve(x, "text/css;charset=utf-8", ckeditorCss));
        servlet.handle(AuthorRoute.CKEDITOR_RUSSIAN, x -> serve(x, "text/javascript;charset=utf-8", ckeditorRussian));
        servlet.handle(AuthorRoute.LANGUAGE, StaticRoutes::language);
    }

    private static void serve(Exchange x, String type, byte[] bytes) throws IOException {
        x.response().setContentType(type);
        x.response().setHeader("Cache-Control", "public, max-age=300");
        x.response().setContentLength(bytes.length);
        x.response().getOutputStream().write(bytes);
    }

    private static void language(Exchange x) {
        String lang = x.lang();
        x.setCookie(Exchange.LANG_COOKIE, lang, Exchange.BASE, 31_536_000, false);
        x.redirect("/");
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticRoutes.class.getResourceAsStream("/org/magnolianews/host/author/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing author UI resource " + name
                        + (name.startsWith("ckeditor/") ? " (the build puts it there from npm: mvn package)" : ""));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
