package org.minutebook.actions.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a later meeting's item is the item an earlier one deferred. Minutes retype titles: dashes, case,
 * punctuation, "and"/"&", a plural. Titles match when their sets of significant words overlap by at least
 * {@link #THRESHOLD} (Dice coefficient), words equal up to a trailing "s".
 */
public final class TitleMatcher {

    static final double THRESHOLD = 0.8;

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "of", "to", "for", "in", "on", "at",
            "by", "with", "from", "re", "item");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private TitleMatcher() {
    }

    public static boolean matches(String a, String b) {
        return similarity(a, b) >= THRESHOLD;
    }

    static double similarity(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        return 2.0 * common.size() / (left.size() + right.size());
    }

    static Set<String> words(String title) {
        if (title == null) {
            return Set.of();
        }
        String plain = ACCENTS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        return Arrays.stream(NOT_WORD.split(plain))
                .filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w))
                .map(TitleMatcher::singular)
                .collect(Collectors.toSet());
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1)
                : word;
    }
}
