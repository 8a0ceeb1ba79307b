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
 * numbers, dates, punctuation or filler such as "update", "minutes of" and "meeting"), lower case, plurals folded, sorted and
 * deduplicated. Two titles are one topic when their keys' word sets overlap enough, or when every word of one appears
 * in the other ("YOT Q3" and "Minutes of YOT Management Board", "Update on Prevent" and "Prevent/Community
 * Engagement").
 */
public final class TopicKeys {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
            "into", "of", "on", "or", "the", "to", "with", "update", "updates", "report", "reports", "minutes",
            "item", "items", "verbal", "presentation", "jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december", "meeting", "meetings", "date", "time", "next", "am",
            "pm", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private TopicKeys() {
    }

    public static String key(String title) {
        String words = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ");
        TreeSet<String> significant = Arrays.stream(words.split(" "))
                .filter(word -> word.length() > 1) // also the "s" of "Children's"
                .filter(word -> word.chars().noneMatch(Character::isDigit))
                .filter(word -> !STOP_WORDS.contains(word))
                .map(TopicKeys::singular)
                .collect(Collectors.toCollection(TreeSet::new));
        return String.join(" ", significant);
    }

    /** "Adults" and "Adult" are one word here; "Business", "Process" and "Crisis" keep their s. */
    private static String singular(String word) {
        boolean plural = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("is")
                && !word.endsWith("us");
        return plural ? word.substring(0, word.length() - 1) : word;
    }

    /** Whether two keys name one topic. */
    public static boolean similar(String a, String b) {
        Set<String> x = Set.of(a.split(" "));
        Set<String> y = Set.of(b.split(" "));
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b);
        }
        long common = x.stream().filter(y::contains).count();
        long union = x.size() + y.size() - common;
        // Two thirds in common keeps "Adults Safeguarding Board" apart from "Children's Safeguarding Board" (3 of 5).
        return common == Math.min(x.size(), y.size()) || common * 3 >= union * 2;
    }

    public static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("topic:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
