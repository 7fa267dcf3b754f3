package org.magnolianews.news.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void theDateDecidesWhetherAPlannedReleaseHasHappened() {
        assertEquals(ReleaseLine.State.AVAILABLE, state("available", "2017-05-15"));
        assertEquals(ReleaseLine.State.AVAILABLE, state("available", "2026-11-27"));
        assertEquals(ReleaseLine.State.COMING, state("available", "2026-11-28"));
        assertEquals(ReleaseLine.State.PREORDER, state("preorder", "2027-02-10"));
        assertEquals(ReleaseLine.State.AVAILABLE, state("preorder", "2026-02-10"));
        assertEquals(ReleaseLine.State.COMING, state("announced", "2027-03-01"));
        // An announcement is not a confirmed release, even once its date has passed.
        assertEquals(ReleaseLine.State.COMING, state("announced", "2026-09-01"));
        assertEquals(ReleaseLine.State.AVAILABLE, ReleaseStatus.state(new Release("IT", "available", Optional.empty()), TODAY));
    }

    @Test
    void russianToTheBoneReadsAvailableInItalyComingToRussia() {
        List<Release> releases = List.of(new Release("RU", "announced", Optional.of(LocalDate.of(2027, 3, 1))),
                new Release("it", "available", Optional.of(LocalDate.of(2017, 5, 15))));
        List<ReleaseLine> lines = ReleaseStatus.describe(releases, TODAY, Optional.empty());
        assertEquals(List.of("IT AVAILABLE", "RU COMING"), lines.stream().map(l -> l.country() + " " + l.state()).toList());
        assertEquals("Italy", lines.get(0).getCountryName("en"));
        assertEquals("Италия", lines.get(0).getCountryName("ru"));
        assertEquals("news-module.site.release.announced", lines.get(1).messageKey());
    }

    @Test
    void theReadersCountryComesFirst() {
        List<Release> releases = List.of(new Release("IT", "available", Optional.of(LocalDate.of(2017, 5, 15))),
                new Release("RU", "announced", Optional.of(LocalDate.of(2027, 3, 1))));
        List<ReleaseLine> lines = ReleaseStatus.describe(releases, TODAY, Optional.of("ru"));
        assertEquals(List.of("RU", "IT"), lines.stream().map(ReleaseLine::country).toList());
        assertEquals(true, lines.get(0).readersCountry());
    }

    private static ReleaseLine.State state(String status, String date) {
        return ReleaseStatus.state(new Release("IT", status, Optional.of(LocalDate.parse(date))), TODAY);
    }
}
