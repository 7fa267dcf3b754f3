package org.magnolianews.host.author.web;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admincentral's screens as FreeMarker templates ({@code .ftlh} under
 * {@code org/magnolianews/host/author/templates}), so markup lives in markup files and every value is
 * HTML-escaped unless a template says otherwise (issue 10: the StringBuilder screens invited bugs such as
 * duplicate ids). Templates get their model, {@code t(key, args…)} for the UI language's messages, and
 * {@code base} (the admincentral's path) and {@code csrf} (the session's token) for links and forms.
 */
public final class AdminTemplates {

    private final Configuration freemarker;

    public AdminTemplates() {
        freemarker = new Configuration(Configuration.VERSION_2_3_32);
        freemarker.setClassForTemplateLoading(AdminTemplates.class, "/org/magnolianews/host/author/templates");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setRecognizeStandardFileExtensions(true); // .ftlh: HTML output format, auto-escaping
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    /** The page body the template renders for this request. */
    public String render(Exchange x, String template, Map<String, Object> model) {
        Map<String, Object> scope = new HashMap<>(model);
        scope.put("t", (TemplateMethodModelEx) arguments -> message(x, arguments));
        scope.put("base", Exchange.BASE);
        scope.put("csrf", x.session().map(s -> s.csrfToken()).orElse(""));
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate(template).process(scope, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("admin template " + template + " failed: " + e.getMessageWithoutStackTop(), e);
        }
        return out.toString();
    }

    private static String message(Exchange x, List<?> arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("t(key, args…) needs a key");
        }
        List<Object> values = new ArrayList<>();
        for (Object argument : arguments) {
            values.add(DeepUnwrap.unwrap((freemarker.template.TemplateModel) argument));
        }
        return x.t(String.valueOf(values.get(0)), values.subList(1, values.size()).toArray());
    }
}
