package org.magnolianews.host.author.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The admincentral's stylesheet and scripts (classpath resources, no build step), and the UI language switch. */
public final class StaticRoutes {

    private final byte[] css = read("admin.css");
    private final byte[] js = read("admin.js");
    private final byte[] drafts = read("drafts.js");

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.STYLES, x -> serve(x, "text/css;charset=utf-8", css));
        servlet.handle(AuthorRoute.SCRIPTS, x -> serve(x, "text/javascript;charset=utf-8", js));
        servlet.handle(AuthorRoute.DRAFTS_SCRIPT, x -> serve(x, "text/javascript;charset=utf-8", drafts));
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
                throw new IllegalStateException("missing author UI resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
