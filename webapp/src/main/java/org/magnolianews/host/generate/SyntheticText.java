package org.magnolianews.host.generate;

import java.util.List;
import java.util.Random;

/**
 * Plausible-length news text from fixed word lists, English and Russian. Lengths follow the sample
 * articles: headlines of 6–12 words, leads of 25–40, bodies of 4–7 paragraphs of 50–90 words.
 */
final class SyntheticText {

    private static final List<String> EN = List.of(
            "minister", "talks", "agreement", "summit", "region", "economic", "cooperation", "government", "said",
            "president", "delegation", "project", "security", "energy", "research", "university", "exhibition",
            "festival", "treaty", "trade", "investment", "visit", "foreign", "policy", "announced", "report",
            "development", "Arctic", "Pacific", "culture", "museum", "students", "scientists", "forum", "parliament",
            "budget", "growth", "export", "infrastructure", "officials", "meeting", "partners", "council", "joint",
            "statement", "initiative", "programme", "international", "national", "regional", "new", "first",
            "annual", "historic", "major", "leaders", "discussed", "signed", "opened", "launched", "expected");
    private static final List<String> RU = List.of(
            "министр", "переговоры", "соглашение", "саммит", "регион", "экономический", "сотрудничество",
            "правительство", "заявил", "президент", "делегация", "проект", "безопасность", "энергетика",
            "исследование", "университет", "выставка", "фестиваль", "договор", "торговля", "инвестиции", "визит",
            "политика", "объявил", "доклад", "развитие", "Арктика", "культура", "музей", "студенты", "учёные",
            "форум", "парламент", "бюджет", "рост", "экспорт", "инфраструктура", "встреча", "партнёры", "совет",
            "совместный", "заявление", "инициатива", "программа", "международный", "национальный", "новый",
            "первый", "ежегодный", "лидеры", "обсудили", "подписали", "открыли", "запустили", "ожидается");

    private final Random random;

    SyntheticText(Random random) {
        this.random = random;
    }

    String headline(boolean russian) {
        String text = words(russian, 6 + random.nextInt(7));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }


    String lead(boolean russian) {
        return sentences(russian, 25 + random.nextInt(16));
    }

    String body(boolean russian) {
        StringBuilder html = new StringBuilder();
        int paragraphs = 4 + random.nextInt(4);
        for (int i = 0; i < paragraphs; i++) {
            html.append("<p>").append(sentences(russian, 50 + random.nextInt(41))).append("</p>");
        }
        return html.toString();
    }

    private String sentences(boolean russian, int wordCount) {
        StringBuilder text = new StringBuilder();
        int left = wordCount;
        while (left > 0) {
            int length = Math.min(left, 8 + random.nextInt(10));
            String sentence = words(russian, length);
            text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append(". ");
            left -= length;
        }
        return text.toString().trim();
    }

    private String words(boolean russian, int count) {
        List<String> list = russian ? RU : EN;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(list.get(random.nextInt(list.size())));
        }
        return text.toString();
    }
}
