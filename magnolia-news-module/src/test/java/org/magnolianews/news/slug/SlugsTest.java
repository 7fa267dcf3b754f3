package org.magnolianews.news.slug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void englishTitleBecomesLowerCaseHyphenatedWords() {
        assertEquals("putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature",
                Slugs.slugify("Putin and Abe discuss North Korean crisis and peace treaty signature"));
    }

    @Test
    void cyrillicIsTransliteratedAsInRussianPassports() {
        assertEquals("putin-i-abe-obsudili-krizis-vokrug-kndr", Slugs.slugify("Путин и Абэ обсудили кризис вокруг КНДР"));
        assertEquals("shchuka-zhuk-iabloko-iuliia-ezh", Slugs.slugify("Щука, жук, яблоко, Юлия, ёж"));
        assertEquals("podieezd", Slugs.slugify("Подъезд"));
    }

    @Test
    void accentsPunctuationAndSpacesCollapse() {
        assertEquals("medecins-sans-frontieres-2024", Slugs.slugify("  Médecins — sans « frontières »: 2024!  "));
    }

    @Test
    void nothingSluggableGivesAUsableName() {
        assertEquals("item", Slugs.slugify("¿¡ — !?"));
        assertEquals("item", Slugs.slugify(null));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.slugify("word ".repeat(40));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertFalse(slug.endsWith("-"));
        assertTrue(slug.endsWith("word"), slug);
    }

    @Test
    void recognisesSlugs() {
        assertTrue(Slugs.isSlug("russia-japan-relations"));
        assertFalse(Slugs.isSlug("Russia"));
        assertFalse(Slugs.isSlug("a--b"));
        assertFalse(Slugs.isSlug("-a"));
        assertFalse(Slugs.isSlug("../etc"));
        assertFalse(Slugs.isSlug(""));
    }
}
