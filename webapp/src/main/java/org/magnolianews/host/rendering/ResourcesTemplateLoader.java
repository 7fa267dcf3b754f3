package org.magnolianews.host.rendering;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.magnolianews.host.module.Resources;

/**
 * Loads template scripts through Magnolia's resource lookup, so a light module overrides a jar's
 * script of the same path. FreeMarker names drop the leading slash of Magnolia's
 * {@code /news-module/templates/pages/article.ftl}; it is put back here.
 */
final class ResourcesTemplateLoader implements TemplateLoader {

    private final Resources resources;

    ResourcesTemplateLoader(Resources resources) {
        this.resources = resources;
    }

    @Override
    public Object findTemplateSource(String name) {
        return resources.find("/" + name).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return Files.newBufferedReader((Path) source, StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
    }
}
