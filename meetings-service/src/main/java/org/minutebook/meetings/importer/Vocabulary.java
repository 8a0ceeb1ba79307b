package org.minutebook.meetings.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The wording councils use ({@code vocabulary.properties}): labels, formulas, honorifics. Loaded once; the stages
 * ask it for a pattern of a list's phrases or for the list a phrase belongs to.
 */
final class Vocabulary {

    private static final Map<String, List<String>> LISTS = load();
    /** The same lists as sets, for {@link #listOf}: it is asked on every block and attendance entry. */
    private static final Map<String, Set<String>> SETS = sets();

    private Vocabulary() {
    }

    /** The phrases of one list, lower case, single-spaced, longest first (so a longer label wins). */
    static List<String> phrases(String list) {
        List<String> p = LISTS.get(list);
        if (p == null) {
            throw new IllegalArgumentException("no vocabulary list " + list);
        }
        return p;
    }

    /**
     * An alternation of the phrases of {@code lists}, words joined by any whitespace, for use inside a larger
     * pattern: "(?:members\s+present|present|…)".
     */
    static String alternation(String... lists) {
        List<String> all = new ArrayList<>();
        for (String l : lists) {
            all.addAll(phrases(l));
        }
        all.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < all.size(); i++) {
            b.append(i == 0 ? "" : "|");
            String[] words = all.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                b.append(w == 0 ? "" : "\\s+").append(Pattern.quote(words[w]));
            }
        }
        return b.append(')').toString();
    }

    /**
     * As {@link #alternation}, for abbreviations: each word may end with a stop ("ch. insp", "y cyng."), and the
     * whole is followed by an optional stop.
     */
    static String abbreviations(String list) {
        List<String> all = phrases(list);
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < all.size(); i++) {
            b.append(i == 0 ? "" : "|");
            String[] words = all.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                b.append(w == 0 ? "" : "\\.?\\s+").append(Pattern.quote(words[w]));
            }
        }
        return b.append(")\\.?").toString();
    }

    /** The first words of a list's phrases: a cheap test before the list's pattern is tried. */
    static Set<String> firstWords(String list) {
        Set<String> out = new HashSet<>();
        for (String phrase : phrases(list)) {
            int space = phrase.indexOf(' ');
            out.add(space < 0 ? phrase : phrase.substring(0, space));
        }
        return Set.copyOf(out);
    }

    /** Which of {@code lists} holds the phrase (compared lower case, single-spaced), or null. */
    static String listOf(String phrase, String... lists) {
        String key = normalise(phrase);
        for (String l : lists) {
            Set<String> set = SETS.get(l);
            if (set == null) {
                throw new IllegalArgumentException("no vocabulary list " + l);
            }
            if (set.contains(key)) {
                return l;
            }
        }
        return null;
    }

    static String normalise(String phrase) {
        return String.join(" ", Text.words(phrase.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Set<String>> sets() {
        Map<String, Set<String>> out = new HashMap<>();
        LISTS.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return Map.copyOf(out);
    }

    private static Map<String, List<String>> load() {
        Properties p = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.properties")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.properties is missing from the importer");
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> lists = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            List<String> phrases = new ArrayList<>();
            for (String entry : p.getProperty(key).split("\\|")) {
                String n = normalise(entry);
                if (!n.isEmpty() && !phrases.contains(n)) {
                    phrases.add(n);
                }
            }
            phrases.sort(Comparator.comparingInt(String::length).reversed());
            lists.put(key, List.copyOf(phrases));
        }
        return Map.copyOf(lists);
    }
}
