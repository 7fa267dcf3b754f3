package org.magnolianews.host.author.apps;

import static org.magnolianews.host.author.web.Html.esc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.content.Countries;
import org.magnolianews.host.content.Languages;

/**
 * Renders form fields from {@link FieldSpec}s with their values and the errors of a failed save next
 * to each field. i18n fields get one input per language, shown by the form's language tabs.
 * Reference fields get a search picker, assets an upload with caption and credit, sub-models a
 * repeatable group. Values and errors use ContentService's keys ({@code title_ru},
 * {@code corrections[0].note}).
 */
public final class FormRenderer {

    private final Languages languages;
    private final ReferenceLabels labels;

    public FormRenderer(Languages languages, ReferenceLabels labels) {
        this.languages = languages;
        this.labels = labels;
    }

    public String languageTabs() {
        StringBuilder html = new StringBuilder("<div class=\"tabs\" role=\"tablist\">");
        for (String lang : languages.all()) {
            html.append("<button type=\"button\" class=\"tab\" id=\"tab-").append(lang).append("\" data-lang=\"").append(lang)
                    .append("\">").append(lang.toUpperCase()).append("</button>");
        }
        return html.append("</div>").toString();
    }

    public String fields(Exchange x, String messagePrefix, List<FieldSpec> fields, Map<String, Object> values,
                         Map<String, String> errors) {
        StringBuilder html = new StringBuilder();
        for (FieldSpec field : fields) {
            html.append(field(x, messagePrefix, field, "", values, errors));
        }
        return html.toString();
    }

    /**
     * The message key of a field: {@code <prefix>.<field>}; an entry's field ({@code releases.0.status}) as Magnolia
     * keys a multi field's inner field, {@code <prefix>.releases.field.status}.
     */
    static String messageKey(String prefix, String fieldName) {
        return prefix + "." + fieldName.replaceAll("\\.(\\d+|__i__)\\.", ".field.");
    }

    /** A dialog's label if it names a message, else the message {@code key}, else the label as written. */
    static String label(Exchange x, String dialogLabel, String key) {
        return x.messages().getOr(x.lang(), dialogLabel, x.messages().getOr(x.lang(), key, dialogLabel));
    }

    private String field(Exchange x, String messagePrefix, FieldSpec field, String errorPrefix,
                         Map<String, Object> values, Map<String, String> errors) {
        String label = label(x, field.label(), messagePrefix + "." + field.name() + ".label");
        StringBuilder html = new StringBuilder("<div class=\"field kind-").append(field.kind().name().toLowerCase())
                .append("\" data-field=\"").append(esc(field.name())).append("\">");
        if (field.kind() == FieldSpec.Kind.GROUP) {
            html.append(group(x, messagePrefix, field, label, values, errors));
        } else if (field.i18n()) {
            for (String lang : languages.all()) {
                String name = languages.propertyName(field.name(), lang);
                html.append("<div class=\"i18n lang-").append(lang).append("\">")
                        .append(labelTag(name, label + " (" + lang.toUpperCase() + ")", field.required()))
                        .append(input(x, messagePrefix, field, name, name, values.get(name)))
                        // The default language's key is the field's own: its message is shown once, below (issue 10).
                        .append(name.equals(field.name()) ? "" : error(errors.get(errorPrefix + name)))
                        .append("</div>");
            }
            html.append(error(errors.get(errorPrefix + field.name())));
        } else {
            html.append(labelTag(field.name(), label, field.required())).append(input(x, messagePrefix, field, field.name(), field.name(), values.get(field.name())))
                    .append(error(errors.get(errorPrefix + field.name())));
        }
        // Field help in the UI's language: Magnolia's <app>.<field>.description key, the dialog's text when none (issue 10).
        String description = x.messages().getOr(x.lang(), messageKey(messagePrefix, field.name()) + ".description", field.description());
        if (!description.isEmpty()) {
            html.append("<small class=\"description\">").append(esc(description)).append("</small>");
        }
        return html.append("</div>").toString();
    }

    private static String labelTag(String id, String label, boolean required) {
        return "<label for=\"f-" + esc(id) + "\">" + esc(label) + (required ? " *" : "") + "</label>";
    }

    private static String error(String message) {
        return message == null ? "" : "<p class=\"field-error\">" + esc(message) + "</p>";
    }

    private String input(Exchange x, String messagePrefix, FieldSpec field, String name, String id, Object value) {
        String attrs = " name=\"" + esc(name) + "\" id=\"f-" + esc(id) + "\"";
        return switch (field.kind()) {
            case TEXT -> "<input type=\"text\"" + attrs + " value=\"" + esc(text(value)) + "\">";
            case NUMBER -> "<input type=\"text\" inputmode=\"numeric\"" + attrs + " value=\"" + esc(text(value)) + "\">";
            case TEXTAREA -> "<textarea rows=\"3\"" + attrs + ">" + esc(value instanceof List<?> l
                    ? String.join("\n", l.stream().map(String::valueOf).toList()) : text(value)) + "</textarea>"
                    + (field.multiple() ? "<small>" + esc(x.t("form.onePerLine")) + "</small>" : "");
            // CKEditor 5 (richtext.js) translates its own toolbar; the DAM image button's words come from here (issue 10).
            case RICH_TEXT -> "<textarea class=\"rte\" rows=\"8\"" + attrs + toolbarLabels(x) + ">" + esc(text(value)) + "</textarea>";
            case DATE -> "<input type=\"date\"" + attrs + " value=\"" + esc(dateValue(text(value))) + "\">";
            case DATE_TIME -> "<input type=\"datetime-local\"" + attrs + " aria-describedby=\"zone-" + esc(id) + "\" value=\""
                    + esc(dateTimeValue(text(value))) + "\"> <small class=\"zone\" id=\"zone-" + esc(id) + "\">"
                    + esc(SiteTime.describe(x.lang())) + "</small>";
            case CHECKBOX -> "<input type=\"checkbox\" value=\"true\"" + attrs + (Boolean.TRUE.equals(value) || "true".equals(text(value)) ? " checked" : "") + ">";
            case SELECT -> select(x, messageKey(messagePrefix, field.name()), field, attrs, text(value));
            case COUNTRY -> country(x, attrs, text(value));
            case REFERENCE -> picker(x, field, name, id, value);
            case ASSET -> asset(x, name, id, text(value));
            case GROUP -> "";
        };
    }

    private static String toolbarLabels(Exchange x) {
        StringBuilder attrs = new StringBuilder();
        for (String command : List.of("damImage", "damSearch")) {
            attrs.append(" data-label-").append(command.replaceAll("([A-Z])", "-$1").toLowerCase()).append("=\"").append(esc(x.t("rte." + command))).append("\"");
        }
        return attrs.toString();
    }

    /** Options labelled in the UI's language by {@code <field key>.options.<value>.label} (release statuses, issue 10), else the value. */
    private static String select(Exchange x, String fieldKey, FieldSpec field, String attrs, String value) {
        StringBuilder html = new StringBuilder("<select").append(attrs).append("><option value=\"\"></option>");
        for (String option : field.options()) {
            html.append("<option value=\"").append(esc(option)).append("\"").append(option.equals(value) ? " selected" : "").append(">")
                    .append(esc(x.messages().getOr(x.lang(), fieldKey + ".options." + option + ".label", option))).append("</option>");
        }
        return html.append("</select>").toString();
    }

    /** ISO 3166-1 countries by name in the UI language; a stored value outside the list stays shown, so a save does not lose it. */
    private static String country(Exchange x, String attrs, String value) {
        StringBuilder html = new StringBuilder("<select").append(attrs).append("><option value=\"\"></option>");
        List<Countries.Country> countries = Countries.all(x.lang());
        if (!value.isEmpty() && countries.stream().noneMatch(c -> c.code().equals(value))) {
            html.append("<option value=\"").append(esc(value)).append("\" selected>").append(esc(value)).append("</option>");
        }
        for (Countries.Country country : countries) {
            html.append("<option value=\"").append(country.code()).append("\"").append(country.code().equals(value) ? " selected" : "")
                    .append(">").append(esc(country.name())).append("</option>");
        }
        return html.append("</select>").toString();
    }

    private String picker(Exchange x, FieldSpec field, String name, String id, Object value) {
        List<String> ids = value instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : value == null || text(value).isEmpty() ? List.of() : List.of(text(value));
        StringBuilder html = new StringBuilder("<div class=\"picker\" id=\"f-").append(esc(id)).append("\" data-name=\"").append(esc(name))
                .append("\" data-type=\"").append(esc(field.referencedType())).append("\" data-multiple=\"").append(field.multiple()).append("\">")
                .append("<span class=\"chips\">");
        for (String ref : ids) {
            html.append(chip(name, ref, labels.label(field.referencedType(), ref, x.lang())));
        }
        return html.append("</span><input type=\"search\" class=\"picker-search\" placeholder=\"").append(esc(x.t("form.searchToAdd")))
                .append("\" aria-label=\"").append(esc(x.t("form.searchToAdd"))).append("\"><ul class=\"picker-results\"></ul></div>").toString();
    }

    static String chip(String name, String id, String title) {
        return "<span class=\"chip\">" + esc(title) + "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(id)
                + "\"><button type=\"button\" class=\"remove\" aria-label=\"remove\">×</button></span>";
    }

    /**
     * An asset field: the chosen asset's thumbnail, "remove", an upload, and the asset picker (issue 10: a search of
     * the DAM with thumbnails, {@code admin.js}; a choice sets the hidden input to the asset's {@code jcr:<uuid>}).
     * Caption and credit are the item's own fields, not inputs here, so each is stored in one place.
     */
    private static String asset(Exchange x, String name, String id, String value) {
        StringBuilder html = new StringBuilder("<div class=\"asset\" id=\"f-").append(esc(id)).append("\">");
        html.append("<input type=\"hidden\" class=\"asset-key\" name=\"").append(esc(name)).append("\" value=\"").append(esc(value)).append("\">");
        html.append("<img class=\"thumb\" alt=\"\"").append(value.isEmpty() ? " hidden" : " src=\"" + Exchange.BASE + "/asset?id=" + esc(value) + "&amp;width=240\"")
                .append(">");
        if (!value.isEmpty()) {
            html.append("<label><input type=\"checkbox\" name=\"").append(esc(name)).append(".remove\" value=\"true\"> ")
                    .append(esc(x.t("form.removeImage"))).append("</label>");
        }
        html.append("<label>").append(esc(x.t("form.upload"))).append(" <input type=\"file\" accept=\"").append(ImageInfo.ACCEPT_ATTRIBUTE)
                .append("\" name=\"").append(esc(name)).append(".upload\" id=\"f-").append(esc(id)).append("-upload\"></label>")
                .append("<div class=\"asset-picker\" data-for=\"f-").append(esc(id)).append("\"><label>").append(esc(x.t("form.pickAsset")))
                .append(" <input type=\"search\" class=\"asset-picker-search\" id=\"f-").append(esc(id)).append("-pick\" placeholder=\"")
                .append(esc(x.t("form.pickAssetHint"))).append("\"></label><ul class=\"asset-picker-results\" id=\"f-").append(esc(id))
                .append("-choices\"></ul></div>");
        return html.append("</div>").toString();
    }

    @SuppressWarnings("unchecked")
    private String group(Exchange x, String messagePrefix, FieldSpec field, String label, Map<String, Object> values,
                         Map<String, String> errors) {
        List<Object> entries = values.get(field.name()) instanceof List<?> l ? (List<Object>) l : List.of();
        StringBuilder html = new StringBuilder("<fieldset class=\"group\" id=\"f-").append(esc(field.name())).append("\" data-name=\"")
                .append(esc(field.name())).append("\" data-next=\"").append(entries.size()).append("\"><legend>").append(esc(label)).append("</legend>");
        html.append(error(errors.get(field.name())));
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> entry = entries.get(i) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            html.append(entry(x, messagePrefix, field, String.valueOf(i), entry, errors, field.name() + "[" + i + "]."));
        }
        html.append("<template>").append(entry(x, messagePrefix, field, "__i__", Map.of(), Map.of(), "")).append("</template>");
        html.append("<button type=\"button\" class=\"add-entry\" id=\"f-").append(esc(field.name())).append("-add\">")
                .append(esc(x.t("form.addEntry"))).append("</button></fieldset>");
        return html.toString();
    }

    private String entry(Exchange x, String messagePrefix, FieldSpec group, String index, Map<String, Object> entry,
                         Map<String, String> errors, String errorPrefix) {
        StringBuilder html = new StringBuilder("<div class=\"entry\">");
        for (FieldSpec sub : group.fields()) {
            // Labels of an entry's fields, Magnolia's key for a multi field's inner fields: <app>.<group>.field.<field>.label
            // (publications.releases.field.country.label).
            String subLabel = label(x, sub.label(), messagePrefix + "." + group.name() + ".field." + sub.name() + ".label");
            FieldSpec named = new FieldSpec(group.name() + "." + index + "." + sub.name(), sub.kind(), subLabel, sub.description(),
                    sub.i18n(), sub.required(), sub.multiple(), sub.referencedType(), sub.fields(), sub.options());
            Map<String, Object> renamed = new java.util.HashMap<>();
            Map<String, String> renamedErrors = new java.util.HashMap<>();
            for (String lang : languages.all()) {
                String stored = languages.propertyName(sub.name(), lang);
                String html5 = languages.propertyName(named.name(), lang);
                if (entry.containsKey(stored)) {
                    renamed.put(html5, entry.get(stored));
                }
                if (errors.containsKey(errorPrefix + stored)) {
                    renamedErrors.put(html5, errors.get(errorPrefix + stored));
                }
            }
            html.append(field(x, messagePrefix, named, "", renamed, renamedErrors));
        }
        return html.append("<button type=\"button\" class=\"remove-entry\">").append(esc(x.t("form.removeEntry"))).append("</button></div>").toString();
    }

    /**
     * Field errors by the key the form shows them at: a bad value of a multi-value field
     * ({@code subjects[1]}) goes to the field; sub-model entries keep their index ({@code corrections[0].note}).
     */
    public static Map<String, String> errorsByField(List<org.magnolianews.host.content.FieldError> errors) {
        Map<String, String> byField = new java.util.LinkedHashMap<>();
        for (org.magnolianews.host.content.FieldError error : errors) {
            String key = error.field().replaceAll("^([^.\\[]+)\\[\\d+\\]$", "$1");
            byField.merge(key, error.reason(), (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
        return byField;
    }

    static String text(Object value) {
        return value == null ? "" : value instanceof List<?> l ? (l.isEmpty() ? "" : String.valueOf(l.get(0))) : String.valueOf(value);
    }

    /** ISO 8601 (as stored) to the browser's datetime-local value, in the site's time zone. */
    static String dateTimeValue(String iso) {
        if (iso.isEmpty()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(SiteTime.ZONE).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).truncatedTo(ChronoUnit.MINUTES).toString();
            } catch (DateTimeParseException e2) {
                return iso.length() == 10 ? iso + "T00:00" : iso;
            }
        }
    }

    static String dateValue(String iso) {
        if (iso.isEmpty()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(SiteTime.ZONE).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso).toString();
            } catch (DateTimeParseException e2) {
                return iso;
            }
        }
    }
}
