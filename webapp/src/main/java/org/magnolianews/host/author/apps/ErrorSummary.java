package org.magnolianews.host.author.apps;

import static org.magnolianews.host.author.web.Html.esc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.content.Languages;

/**
 * The list of problems above a form that was not saved (issue 10): each field once, by its label in the UI
 * language and linked to the field, where its message is shown. A problem the form has no place for (a
 * concurrent edit, a property the form does not show) keeps its message here.
 */
final class ErrorSummary {

    /** {@code title_ru}, {@code subjects[1]}, {@code corrections[0].note_ru}. */
    private static final Pattern KEY = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)\\](?:\\.(.+))?)?");

    private final Languages languages;

    ErrorSummary(Languages languages) {
        this.languages = languages;
    }

    /** @param errors by field, as {@link FormRenderer#errorsByField} keys them */
    String render(Exchange x, String messagePrefix, List<FieldSpec> fields, Map<String, String> errors, int count) {
        StringBuilder html = new StringBuilder("<div class=\"error\" id=\"form-errors\"><p>").append(esc(x.t("form.errors", count)))
                .append("</p><ul>");
        for (Map.Entry<String, String> error : errors.entrySet()) {
            Optional<String[]> place = place(x, messagePrefix, fields, error.getKey());
            html.append("<li>");
            if (place.isPresent()) {
                html.append("<a href=\"#").append(esc(place.get()[0])).append("\">").append(esc(place.get()[1])).append("</a>");
            } else {
                html.append(esc(error.getValue()));
            }
            html.append("</li>");
        }
        return html.append("</ul></div>").toString();
    }

    /** The id of the field's element and its label, when the form shows the field. */
    private Optional<String[]> place(Exchange x, String messagePrefix, List<FieldSpec> fields, String key) {
        if (key.equals("@name")) {
            return Optional.of(new String[] {"f-slug", x.t("form.slug")});
        }
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<Named> field = find(fields, matcher.group(1));
        if (field.isEmpty()) {
            return Optional.empty();
        }
        FieldSpec spec = field.get().spec();
        String label = FormRenderer.label(x, spec.label(), messagePrefix + "." + spec.name() + ".label") + field.get().languageSuffix();
        if (spec.kind() == FieldSpec.Kind.GROUP && matcher.group(2) != null && matcher.group(3) != null) {
            Optional<Named> sub = find(spec.fields(), matcher.group(3));
            if (sub.isPresent()) {
                label += " " + (Integer.parseInt(matcher.group(2)) + 1) + ": " + FormRenderer.label(x, sub.get().spec().label(),
                        messagePrefix + "." + spec.name() + ".field." + sub.get().spec().name() + ".label") + sub.get().languageSuffix();
            }
        }
        String id = spec.kind() == FieldSpec.Kind.GROUP || !spec.i18n() ? spec.name() : matcher.group(1);
        return Optional.of(new String[] {"f-" + id, label});
    }

    private record Named(FieldSpec spec, String languageSuffix) {
    }

    /** The field stored under {@code stored}: its own name, or an i18n field's name in a non-default language. */
    private Optional<Named> find(List<FieldSpec> fields, String stored) {
        for (FieldSpec field : fields) {
            if (field.name().equals(stored)) {
                return Optional.of(new Named(field, ""));
            }
            if (field.i18n()) {
                for (String lang : languages.all()) {
                    if (languages.propertyName(field.name(), lang).equals(stored)) {
                        return Optional.of(new Named(field, " (" + lang.toUpperCase(java.util.Locale.ROOT) + ")"));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
