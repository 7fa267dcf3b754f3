package org.magnolianews.host.rendering;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.module.Resources;
import org.magnolianews.host.repository.MgnlNodeTypes;

/**
 * A page whose template is an SPA template ({@code renderType: spa}, Magnolia's {@code SpaRenderableDefinition}),
 * asked for on the FreeMarker site. Magnolia's SPA renderer serves the SPA's own entry page, the
 * {@code templateScript} ({@code /<module>/webresources/build/index.html}) a bundled SPA names; an SPA hosted
 * elsewhere ({@code baseUrl} + {@code routeTemplate}) is where the page lives, so the reader is sent there, to the
 * route Magnolia's SPA router builds ({@code {language}} and {@code {{@path}}} filled in). Neither: the site's 404.
 */
final class SpaPages {

    private static final Set<String> SPA_RENDER_TYPES = Set.of("spa", "site-spa");

    private final DefinitionRegistry definitions;
    private final Resources resources;

    SpaPages(DefinitionRegistry definitions, Resources resources) {
        this.definitions = definitions;
        this.resources = resources;
    }

    /** The answer for an SPA page; empty for a page of any other template. */
    Optional<SitePages.Response> answer(Node page, String language) throws RepositoryException {
        if (!page.hasProperty(MgnlNodeTypes.TEMPLATE)) {
            return Optional.empty();
        }
        Optional<Definition> template = definitions.find(DefinitionType.TEMPLATE, page.getProperty(MgnlNodeTypes.TEMPLATE).getString())
                .filter(t -> t.string("renderType").filter(SPA_RENDER_TYPES::contains).isPresent());
        if (template.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> baseUrl = template.get().string("baseUrl");
        if (baseUrl.isPresent()) {
            String route = template.get().string("routeTemplate").orElse("{{@path}}")
                    .replace("{language}", language).replace("{{@path}}", page.getPath());
            return Optional.of(new SitePages.Response(302, SitePages.HTML, new byte[0], baseUrl.get().replaceAll("/+$", "") + route));
        }
        Optional<String> entryPage = template.get().string("templateScript").flatMap(resources::readString);
        return Optional.of(entryPage
                .map(html -> new SitePages.Response(200, SitePages.HTML, html.getBytes(StandardCharsets.UTF_8), null))
                .orElseGet(() -> new SitePages.Response(404, SitePages.HTML, null, null)));
    }
}
