package org.minutebook.search.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An agenda title reduced to what identifies its topic from one meeting to the next: significant words only (no
 * numbers, dates, punctuation or filler such as "update" and "minutes of"), lower case, sorted and deduplicated. Two
 * titles are one topic when their keys' word sets overlap enough (token_jaccard in SQL).
 */
public final class TopicKeys {

    /** Titles whose key words overlap at least this much (intersection over union) are the same topic. */
    public static final double SIMILARITY = 0.6;

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
            "into", "of", "on", "or", "the", "to", "with", "update", "updates", "report", "reports", "minutes",
            "item", "items", "verbal", "presentation", "jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december");

    private TopicKeys() {
    }

    public static String key(String title) {
        String words = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ");
        TreeSet<String> significant = Arrays.stream(words.split(" "))
                .filter(word -> !word.isEmpty())
                .filter(word -> word.chars().noneMatch(Character::isDigit))
                .filter(word -> !STOP_WORDS.contains(word))
                .collect(Collectors.toCollection(TreeSet::new));
        return String.join(" ", significant);
    }

    public static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("topic:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
