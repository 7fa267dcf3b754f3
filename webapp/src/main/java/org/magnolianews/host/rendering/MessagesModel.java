package org.magnolianews.host.rendering;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/**
 * {@code i18n} in templates, as Magnolia's {@code MessagesWrapper}: {@code ${i18n['site.home']}}, or with
 * arguments in a list, {@code ${i18n.get('site.asPer', [agency])}}. As in Magnolia, a string second argument
 * names a message bundle ({@code get(key, basename)}), never an argument, and anything else there is an error:
 * a template that passes a lone argument would print the wrong text on Magnolia, so it fails here.
 */
final class MessagesModel implements TemplateHashModel {

    private final Messages messages;
    private final String language;

    MessagesModel(Messages messages, String language) {
        this.messages = messages;
        this.language = language;
    }

    @Override
    public TemplateModel get(String key) {
        if (key.equals("get")) {
            return (TemplateMethodModelEx) this::format;
        }
        return new SimpleScalar(messages.get(language, key));
    }

    private Object format(List<?> arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 3 || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("i18n.get takes (key), (key, [arguments]), (key, basename) or "
                    + "(key, [arguments], basename), as Magnolia's MessagesWrapper");
        }
        Object[] values = new Object[0];
        String basename = null;
        for (int i = 1; i < arguments.size(); i++) {
            Object argument = arguments.get(i);
            if (i == 1 && argument instanceof TemplateSequenceModel list) {
                values = new Object[list.size()];
                for (int j = 0; j < values.length; j++) {
                    values[j] = DeepUnwrap.unwrap(list.get(j));
                }
            } else if (argument instanceof TemplateScalarModel name && (i == 2 || arguments.size() == 2)) {
                basename = name.getAsString();
            } else {
                throw new TemplateModelException("i18n.get('" + key.getAsString() + "', …): message arguments go in a "
                        + "list, as in i18n.get('" + key.getAsString() + "', [value]); a string there names a message "
                        + "bundle in Magnolia");
            }
        }
        if (basename != null) {
            // The host has no legacy named bundles (Magnolia 6 modules keep theirs in <module>/i18n/): a key
            // looked up in one is missing, which Magnolia's Messages shows as ???key???.
            return new SimpleScalar("???" + key.getAsString() + "???");
        }
        return new SimpleScalar(messages.get(language, key.getAsString(), values));
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
