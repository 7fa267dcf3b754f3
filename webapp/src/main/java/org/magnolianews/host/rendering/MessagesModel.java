package org.magnolianews.host.rendering;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/**
 * {@code i18n} in templates, as in Magnolia: {@code ${i18n['site.home']}} or, with arguments,
 * {@code ${i18n.get('site.asPer', agency)}}. Messages are plain text; the HTML output format escapes them.
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
        if (arguments.isEmpty()) {
            throw new TemplateModelException("i18n.get needs a message key");
        }
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        }
        if (values.length == 1 && values[0] instanceof List<?> list) {
            values = list.toArray(); // Magnolia's form: i18n.get('key', [a, b])
        }
        return new SimpleScalar(messages.get(language, String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0))), values));
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
