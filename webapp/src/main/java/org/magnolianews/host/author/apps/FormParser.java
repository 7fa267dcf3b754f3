package org.magnolianews.host.author.apps;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.content.FieldError;
import org.magnolianews.host.content.Languages;

/**
 * Turns a submitted form into the values ContentService takes: every field of the form is present
 * (an emptied field is {@code null}, so an update clears it), group entries are renumbered without
 * gaps, datetime-local values get the site's offset, and an uploaded image is stored in the DAM
 * first so that its reference survives a failed save.
 */
public final class FormParser {

    private static final long MAX_IMAGE_BYTES = 20L * 1024 * 1024;

    private final Languages languages;
    private final AssetStore assets;

    public FormParser(Languages languages, AssetStore assets) {
        this.languages = languages;
        this.assets = assets;
    }

    /** As {@link #parse(Exchange, List, List)}, with a refused upload answered by a problem page (component dialogs). */
    public Map<String, Object> parse(Exchange x, List<FieldSpec> fields) {
        List<FieldError> problems = new ArrayList<>();
        Map<String, Object> values = parse(x, fields, problems);
        if (!problems.isEmpty()) {
            throw AuthorProblem.badRequest(problems.get(0).reason());
        }
        return values;
    }

    /**
     * @param problems receives a refused upload (not an image, too large) as an error of its field, which then
     *                 keeps its stored value; the form shows it at the field (issue 10)
     */
    public Map<String, Object> parse(Exchange x, List<FieldSpec> fields, List<FieldError> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec field : fields) {
            if (field.kind() == FieldSpec.Kind.GROUP) {
                values.put(field.name(), group(x, field));
                continue;
            }
            List<String> names = field.i18n() ? languages.all().stream().map(l -> languages.propertyName(field.name(), l)).toList()
                    : List.of(field.name());
            for (String name : names) {
                values.put(name, field.kind() == FieldSpec.Kind.ASSET ? asset(x, name, problems) : value(x, field, name));
            }
        }
        return values;
    }

    private Object value(Exchange x, FieldSpec field, String name) {
        return switch (field.kind()) {
            case REFERENCE -> field.multiple() ? emptyToNull(x.params(name)) : x.param(name).orElse(null);
            case TEXTAREA -> field.multiple() ? emptyToNull(lines(x.param(name).orElse(""))) : x.param(name).orElse(null);
            case CHECKBOX -> x.param(name).isPresent() ? "true" : "false";
            case DATE_TIME -> x.param(name).map(FormParser::withOffset).orElse(null);
            case ASSET -> x.param(name).orElse(null);
            default -> x.param(name).orElse(null);
        };
    }

    private Object group(Exchange x, FieldSpec field) {
        TreeMap<Integer, Map<String, Object>> entries = new TreeMap<>();
        Enumeration<String> names = x.request().getParameterNames();
        String prefix = field.name() + ".";
        Map<Integer, Boolean> seen = new HashMap<>();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            if (!name.startsWith(prefix)) {
                continue;
            }
            String rest = name.substring(prefix.length());
            int dot = rest.indexOf('.');
            if (dot < 1 || !rest.substring(0, dot).chars().allMatch(Character::isDigit) || dot > 6) {
                continue;
            }
            seen.put(Integer.parseInt(rest.substring(0, dot)), true);
        }
        for (Integer index : seen.keySet()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            boolean any = false;
            for (FieldSpec sub : field.fields()) {
                List<String> stored = sub.i18n() ? languages.all().stream().map(l -> languages.propertyName(sub.name(), l)).toList()
                        : List.of(sub.name());
                for (String s : stored) {
                    String html = prefix + index + "." + s;
                    Object v = value(x, sub, html);
                    if (v != null && !"false".equals(v)) {
                        any = true;
                    }
                    if (v != null) {
                        entry.put(s, v);
                    }
                }
            }
            if (any) {
                entries.put(index, entry);
            }
        }
        return entries.isEmpty() ? null : new ArrayList<>(entries.values());
    }

    private Object asset(Exchange x, String name, List<FieldError> problems) {
        if (x.param(name + ".remove").isPresent()) {
            return null;
        }
        var upload = x.file(name + ".upload");
        Object kept = x.param(name).orElse(null);
        if (upload.isEmpty()) {
            return kept;
        }
        Part part = upload.get();
        String fileName = new java.io.File(part.getSubmittedFileName()).getName();
        if (part.getSize() > MAX_IMAGE_BYTES) {
            problems.add(new FieldError(name, x.t("error.tooLarge", MAX_IMAGE_BYTES / 1024 / 1024)));
            return kept;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            Optional<ImageInfo> image = ImageInfo.accepted(bytes);
            if (image.isEmpty()) {
                problems.add(new FieldError(name, x.t("error.notAnImage", fileName)));
                return kept;
            }
            ImageInfo info = image.get();
            // Caption and credit are the item's own fields (imageCaption, imageCredit): one place, issue 10.
            return assets.create("/uploads", new AssetStore.Upload(fileName, info.mimeType(), bytes, info.width(), info.height()),
                    Map.of("title", fileName), x.user().name());
        } catch (IOException e) {
            problems.add(new FieldError(name, x.t("error.upload", e.getMessage())));
            return kept;
        }
    }

    private static List<String> lines(String text) {
        List<String> list = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                list.add(line.trim());
            }
        }
        return list;
    }

    private static Object emptyToNull(List<String> list) {
        return list.isEmpty() ? null : list;
    }

    /** A datetime-local value ("2026-11-27T10:00") as ISO 8601 with the site's offset; other text passes as typed. */
    static String withOffset(String value) {
        try {
            return LocalDateTime.parse(value).atZone(SiteTime.ZONE).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
