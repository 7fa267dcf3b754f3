package org.magnolianews.host.author.apps;

import static org.magnolianews.host.author.web.Html.esc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.magnolianews.host.author.web.AdminTemplates;
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
    // Its own template set (the admincentral's templates, as AdminTemplates loads them), so callers stay as they were.
    private final AdminTemplates templates = new AdminTemplates();

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

    /** The fields as markup: {@code templates/form-fields.ftlh} renders the model built here (issue 10: markup in markup files). */
    public String fields(Exchange x, String messagePrefix, List<FieldSpec> fields, Map<String, Object> values,
                         Map<String, String> errors) {
        List<Map<String, Object>> models = new ArrayList<>();
        for (FieldSpec field : fields) {
            models.add(field(x, messagePrefix, field, "", values, errors));
        }
        return templates.render(x, "form-fields.ftlh", Map.of("fields", models));
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

    /**
     * One field: its kind and name, and either its parts (one label, input and error per language for an i18n
     * field, else one) or its group; the field-level error and the help below.
     */
    private Map<String, Object> field(Exchange x, String messagePrefix, FieldSpec field, String errorPrefix,
                                      Map<String, Object> values, Map<String, String> errors) {
        String label = label(x, field.label(), messagePrefix + "." + field.name() + ".label");
        Map<String, Object> model = new HashMap<>();
        model.put("kind", field.kind().name().toLowerCase());
        model.put("name", field.name());
        List<Map<String, Object>> parts = new ArrayList<>();
        if (field.kind() == FieldSpec.Kind.GROUP) {
            model.put("group", group(x, messagePrefix, field, label, values, errors));
        } else if (field.i18n()) {
            for (String lang : languages.all()) {
                String name = languages.propertyName(field.name(), lang);
                // The default language's key is the field's own: its message is shown once, below (issue 10).
                parts.add(part(lang, name, label + " (" + lang.toUpperCase() + ")", field.required(),
                        input(x, messagePrefix, field, name, name, values.get(name)),
                        name.equals(field.name()) ? null : errors.get(errorPrefix + name)));
            }
            model.put("error", errors.get(errorPrefix + field.name()));
        } else {
            parts.add(part(null, field.name(), label, field.required(),
                    input(x, messagePrefix, field, field.name(), field.name(), values.get(field.name())), errors.get(errorPrefix + field.name())));
        }
        model.put("parts", parts);
        // Field help in the UI's language: Magnolia's <app>.<field>.description key, the dialog's text when none (issue 10).
        model.put("description", x.messages().getOr(x.lang(), messageKey(messagePrefix, field.name()) + ".description", field.description()));
        return model;
    }

    private static Map<String, Object> part(String lang, String id, String label, boolean required, Map<String, Object> input, String error) {
        Map<String, Object> part = new HashMap<>();
        part.put("lang", lang);
        part.put("id", id);
        part.put("label", label);
        part.put("required", required);
        part.put("input", input);
        part.put("error", error);
        return part;
    }

    /** What the template's {@code input} macro needs for the field's kind: name, id, the value as the input shows it. */
    private Map<String, Object> input(Exchange x, String messagePrefix, FieldSpec field, String name, String id, Object value) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", field.kind().name().toLowerCase());
        input.put("name", name);
        input.put("id", id);
        input.put("multiple", field.multiple());
        switch (field.kind()) {
            case TEXTAREA -> input.put("value", value instanceof List<?> l ? String.join("\n", l.stream().map(String::valueOf).toList()) : text(value));
            case DATE -> input.put("value", dateValue(text(value)));
            case DATE_TIME -> {
                input.put("value", dateTimeValue(text(value)));
                input.put("zone", SiteTime.describe(x.lang()));
            }
            case CHECKBOX -> input.put("checked", Boolean.TRUE.equals(value) || "true".equals(text(value)));
            case SELECT -> input.put("options", selectOptions(x, messageKey(messagePrefix, field.name()), field, text(value)));
            case COUNTRY -> input.put("options", countryOptions(x, text(value)));
            case REFERENCE -> {
                input.put("type", field.referencedType());
                input.put("chips", chips(x, field, value));
            }
            case ASSET -> {
                input.put("value", text(value));
                input.put("accept", ImageInfo.ACCEPT_ATTRIBUTE);
            }
            default -> input.put("value", text(value));
        }
        return input;
    }

    private static Map<String, Object> option(String value, String label, boolean selected) {
        return Map.of("value", value, "label", label, "selected", selected);
    }

    /** Options labelled in the UI's language by {@code <field key>.options.<value>.label} (release statuses, issue 10), else the value. */
    private static List<Map<String, Object>> selectOptions(Exchange x, String fieldKey, FieldSpec field, String value) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (String option : field.options()) {
            options.add(option(option, x.messages().getOr(x.lang(), fieldKey + ".options." + option + ".label", option), option.equals(value)));
        }
        return options;
    }

    /** ISO 3166-1 countries by name in the UI language; a stored value outside the list stays shown, so a save does not lose it. */
    private static List<Map<String, Object>> countryOptions(Exchange x, String value) {
        List<Map<String, Object>> options = new ArrayList<>();
        List<Countries.Country> countries = Countries.all(x.lang());
        if (!value.isEmpty() && countries.stream().noneMatch(c -> c.code().equals(value))) {
            options.add(option(value, value, true));
        }
        for (Countries.Country country : countries) {
            options.add(option(country.code(), country.name(), country.code().equals(value)));
        }
        return options;
    }

    private List<Map<String, Object>> chips(Exchange x, FieldSpec field, Object value) {
        List<String> ids = value instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : value == null || text(value).isEmpty() ? List.of() : List.of(text(value));
        List<Map<String, Object>> chips = new ArrayList<>();
        for (String ref : ids) {
            Map<String, Object> chip = new HashMap<>();
            chip.put("id", ref);
            chip.put("title", labels.label(field.referencedType(), ref, x.lang()));
            chips.add(chip);
        }
        return chips;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> group(Exchange x, String messagePrefix, FieldSpec field, String label, Map<String, Object> values,
                                      Map<String, String> errors) {
        List<Object> entries = values.get(field.name()) instanceof List<?> l ? (List<Object>) l : List.of();
        Map<String, Object> group = new HashMap<>();
        group.put("name", field.name());
        group.put("label", label);
        group.put("next", entries.size());
        group.put("error", errors.get(field.name()));
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> entry = entries.get(i) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            rendered.add(entry(x, messagePrefix, field, String.valueOf(i), entry, errors, field.name() + "[" + i + "]."));
        }
        group.put("entries", rendered);
        group.put("template", entry(x, messagePrefix, field, "__i__", Map.of(), Map.of(), ""));
        return group;
    }

    private Map<String, Object> entry(Exchange x, String messagePrefix, FieldSpec group, String index, Map<String, Object> entry,
                                      Map<String, String> errors, String errorPrefix) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (FieldSpec sub : group.fields()) {
            // Labels of an entry's fields, Magnolia's key for a multi field's inner fields: <app>.<group>.field.<field>.label
            // (publications.releases.field.country.label).
            String subLabel = label(x, sub.label(), messagePrefix + "." + group.name() + ".field." + sub.name() + ".label");
            FieldSpec named = new FieldSpec(group.name() + "." + index + "." + sub.name(), sub.kind(), subLabel, sub.description(),
                    sub.i18n(), sub.required(), sub.multiple(), sub.referencedType(), sub.fields(), sub.options());
            Map<String, Object> renamed = new HashMap<>();
            Map<String, String> renamedErrors = new HashMap<>();
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
            fields.add(field(x, messagePrefix, named, "", renamed, renamedErrors));
        }
        return Map.of("fields", fields);
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
