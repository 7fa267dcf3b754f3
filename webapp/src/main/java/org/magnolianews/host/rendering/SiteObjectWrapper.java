package org.magnolianews.host.rendering;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import javax.jcr.Node;

/**
 * FreeMarker's default wrapping, except that a JCR node handed to a template (by a model, say) arrives
 * as a {@link ContentMap} in the page's language, so templates never deal with raw nodes.
 */
final class SiteObjectWrapper extends DefaultObjectWrapper {

    SiteObjectWrapper(Version version) {
        super(version);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof Node node) {
            return super.wrap(Rendering.current().map(node));
        }
        if (object instanceof java.util.Date date && !(object instanceof java.sql.Date) && !(object instanceof java.sql.Time)) {
            // JCR dates are instants: tell FreeMarker so, or ?string("d MMMM yyyy") refuses an "unknown" date type.
            return new freemarker.template.SimpleDate(date, freemarker.template.TemplateDateModel.DATETIME);
        }
        return super.wrap(object);
    }
}
