package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits a paragraph into sentences without tripping on "Cllr.", "a.m.", "e.g." or initials ("J. Smith"). */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.copyOf(Vocabulary.phrases("text.abbreviations"));

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>(4);
        int start = 0;
        int n = text.length();
        for (int i = nextStop(text, 0); i >= 0; i = nextStop(text, i + 1)) {
            char c = text.charAt(i);
            if (i + 1 < n && c == '.' && glued(text, i)) {
                // "… locations.The Panel agreed …": a space lost in extraction.
                add(out, text.substring(start, i + 1));
                start = i + 1;
                continue;
            }
            if (i + 1 >= n || !Character.isWhitespace(text.charAt(i + 1))) {
                continue;
            }
            int k = i + 1;
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= n || !startsSentence(text.charAt(k)) || (c == '.' && abbreviation(text, i))) {
                continue;
            }
            add(out, text.substring(start, i + 1));
            start = k;
        }
        add(out, text.substring(start));
        return out;
    }

    /** The next '.', '!' or '?' (indexOf is vectorised; a char loop is several times slower). */
    private static int nextStop(String text, int from) {
        int dot = text.indexOf('.', from);
        if (text.indexOf('!', from) < 0 && text.indexOf('?', from) < 0) {
            return dot;
        }
        int best = dot;
        for (char c : new char[]{'!', '?'}) {
            int k = text.indexOf(c, from);
            best = k >= 0 && (best < 0 || k < best) ? k : best;
        }
        return best;
    }

    /**
     * A stop between a lower-case word of three letters or more and a capitalised word with no space between: not a
     * web or mail address ("www.Example.org", "data.gov.uk"), so the word before holds no stop, slash or @ and the
     * word after ends at a space or punctuation other than a stop.
     */
    private static boolean glued(String text, int dot) {
        int n = text.length();
        if (dot < 3 || dot + 2 >= n || !Character.isUpperCase(text.charAt(dot + 1))
                || !Character.isLowerCase(text.charAt(dot + 2))) {
            return false;
        }
        int w = dot;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            char p = text.charAt(w - 1);
            if (p == '.' || p == '/' || p == '@' || p == ':') {
                return false;
            }
            w--;
        }
        for (int k = dot - 3; k < dot; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        int e = dot + 1;
        while (e < n && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e >= n || Character.isWhitespace(text.charAt(e)) || ",;:!?)".indexOf(text.charAt(e)) >= 0;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'\u2018\u201c(".indexOf(c) >= 0;
    }

    private static boolean abbreviation(String text, int dot) {
        int w = dot;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
