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
import java.util.TreeMap;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.content.Languages;

/**
 * Turns a submitted form into the values ContentService takes: every field of the form is present
 * (an emptied field is {@code null}, so an update clears it), group entries are renumbered without
 * gaps, datetime-local values get the server's offset, and an uploaded image is stored in the DAM
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

    public Map<String, Object> parse(Exchange x, List<FieldSpec> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec field : fields) {
            if (field.kind() == FieldSpec.Kind.GROUP) {
                values.put(field.name(), group(x, field));
                continue;
            }
            List<String> names = field.i18n() ? languages.all().stream().map(l -> languages.propertyName(field.name(), l)).toList()
                    : List.of(field.name());
            for (String name : names) {
                values.put(name, value(x, field, name));
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
            case ASSET -> asset(x, name);
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

    private Object asset(Exchange x, String name) {
        if (x.param(name + ".remove").isPresent()) {
            return null;
        }
        var upload = x.file(name + ".upload");
        if (upload.isEmpty()) {
            return x.param(name).orElse(null);
        }
        Part part = upload.get();
        if (part.getSize() > MAX_IMAGE_BYTES) {
            throw AuthorProblem.badRequest(x.t("error.tooLarge", MAX_IMAGE_BYTES / 1024 / 1024));
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            ImageInfo info = ImageInfo.of(bytes).orElseThrow(() -> AuthorProblem.badRequest(x.t("error.notAnImage")));
            Map<String, String> metadata = new LinkedHashMap<>();
            x.param(name + ".caption").ifPresent(v -> metadata.put("caption", v));
            x.param(name + ".credit").ifPresent(v -> metadata.put("copyright", v));
            String fileName = new java.io.File(part.getSubmittedFileName()).getName();
            metadata.put("title", fileName);
            return assets.create("/uploads", new AssetStore.Upload(fileName, info.mimeType(), bytes, info.width(), info.height()),
                    metadata, x.user().name());
        } catch (IOException e) {
            throw AuthorProblem.badRequest(x.t("error.upload", e.getMessage()));
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

    /** A datetime-local value ("2026-11-27T10:00") as ISO 8601 with the server's offset; other text passes as typed. */
    static String withOffset(String value) {
        try {
            return LocalDateTime.parse(value).atZone(ZoneId.systemDefault()).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
