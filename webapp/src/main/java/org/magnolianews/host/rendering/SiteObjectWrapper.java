package org.magnolianews.host.rendering;

import freemarker.template.DefaultMapAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * FreeMarker's default wrapping as Magnolia's object wrapper does it for what templates meet: a JCR node handed to
 * a template (by a model, say) is a plain Java bean, as on Magnolia, where no model factory is registered for nodes:
 * {@code node.title} is no property, and a template turns it into a map with {@code cmsfn.asContentMap}. A
 * {@link ContentMap} is a hash that gives the same map back when a script passes it to a function (Magnolia's
 * ContentMapModel), where 2.3.0-compatible wrapping would hand a copy. Dates are date-times, as Magnolia's Calendar
 * model makes them.
 */
final class SiteObjectWrapper extends DefaultObjectWrapper {

    SiteObjectWrapper(Version version) {
        super(version);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof java.util.Date date && !(object instanceof java.sql.Date) && !(object instanceof java.sql.Time)) {
            // JCR dates are instants: tell FreeMarker so, or ?string("d MMMM yyyy") refuses an "unknown" date type.
            return new freemarker.template.SimpleDate(date, freemarker.template.TemplateDateModel.DATETIME);
        }
        if (object instanceof ContentMap map) {
            return DefaultMapAdapter.adapt(map, this);
        }
        return super.wrap(object);
    }
}
