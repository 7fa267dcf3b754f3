package org.magnolianews.news.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a publication's releases into what a reader sees today. The editor's status says what was
 * planned; the date decides whether it has happened:
 * <ul>
 *   <li>{@code available} or {@code preorder} with a date on or before today (or no date) → available
 *       (a pre-order whose release day has come is simply on sale);</li>
 *   <li>{@code preorder} with a future date → pre-order;</li>
 *   <li>{@code announced}, or {@code available} with a future date → coming. An announcement never turns
 *       into "available" by itself: someone has to confirm the release.</li>
 * </ul>
 * The reader's country comes first, then the others, available ones before the rest, by date.
 */
public final class ReleaseStatus {

    private ReleaseStatus() {
    }

    public static List<ReleaseLine> describe(List<Release> releases, LocalDate today, Optional<String> readerCountry) {
        String reader = readerCountry.map(c -> c.toUpperCase(Locale.ROOT)).orElse("");
        List<ReleaseLine> lines = new ArrayList<>();
        for (Release release : releases) {
            String country = release.country().trim().toUpperCase(Locale.ROOT);
            lines.add(new ReleaseLine(country, state(release, today), release.date(), country.equals(reader)));
        }
        lines.sort(Comparator.comparing((ReleaseLine l) -> !l.readersCountry())
                .thenComparing(ReleaseLine::state)
                .thenComparing(l -> l.date().orElse(LocalDate.MAX))
                .thenComparing(ReleaseLine::country));
        return lines;
    }

    static ReleaseLine.State state(Release release, LocalDate today) {
        boolean happened = release.date().map(d -> !d.isAfter(today)).orElse(true);
        String status = release.status() == null ? "" : release.status().trim().toLowerCase(Locale.ROOT);
        return switch (status) {
            case "available" -> happened ? ReleaseLine.State.AVAILABLE : ReleaseLine.State.COMING;
            case "preorder" -> happened ? ReleaseLine.State.AVAILABLE : ReleaseLine.State.PREORDER;
            default -> ReleaseLine.State.COMING;
        };
    }
}
