package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The first stage: undoes what extraction broke across lines before any line is judged. A bold run split over lines
 * ("**ALL to" / "Note**"), a word hyphenated at a line end, a date split by a PDF's line wrap ("THURSDAY, 3" /
 * "RD MARCH, 2016"), an honorific left alone above its name ("Cllr" / "" / "Jane Doe"), and a sentence that runs on
 * after a blank line (documents that put a blank line after every line).
 */
final class BrokenLines {

    private static final int MAX_JOINS = 3;
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b";
    private static final Pattern ORDINAL_MONTH = Pattern.compile("(?i)(?:st|nd|rd|th)?\\s*(?:of\\s+)?" + MONTH + ".*");
    private static final Pattern ENDS_WITH_MONTH = Pattern.compile("(?i).*\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
            + "\\.?,?");
    private static final Pattern YEAR_START = Pattern.compile("(?:19|20)\\d\\d\\b.*");
    private static final Pattern LONE_HONORIFIC = Pattern
            .compile("(?i)" + Vocabulary.abbreviations("person.honorifics"));

    private BrokenLines() {
    }

    static List<String> join(String[] raw) {
        List<String> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            for (int joins = 0; joins < MAX_JOINS; joins++) {
                int next = nextText(raw, i, line);
                if (next < 0) {
                    break;
                }
                line = joined(line, raw[next]);
                i = next;
            }
            out.add(line);
        }
        return out;
    }

    /** The index of the line that {@code line} continues into (the next, or the one after a blank), or -1. */
    private static int nextText(String[] raw, int i, String line) {
        if (i + 1 >= raw.length) {
            return -1;
        }
        String next = raw[i + 1];
        if ((countBold(line) % 2 == 1 && countBold(next) % 2 == 1) || (hyphenated(line) && startsLower(next))) {
            return i + 1;
        }
        int j = next.isBlank() && i + 2 < raw.length ? i + 2 : i + 1;
        String after = raw[j];
        if (after.isBlank()) {
            return -1;
        }
        if (splitDate(line, after) || isLoneHonorific(line)) {
            return j;
        }
        return j == i + 2 && runsOn(line, after) ? j : -1;
    }

    private static String joined(String line, String next) {
        String head = line.stripTrailing();
        String tail = next.strip();
        if (hyphenated(line) && startsLower(next)) {
            return head.substring(0, head.length() - 1) + tail;
        }
        // "3" + "RD MARCH": the ordinal suffix belongs to the number.
        boolean suffix = !head.isEmpty() && Character.isDigit(head.charAt(head.length() - 1)) && tail.length() > 2
                && ORDINAL_MONTH.matcher(tail).matches() && !Character.isLetter(tail.charAt(2))
                && "stndrdth".contains(tail.substring(0, 2).toLowerCase());
        return head + (suffix ? "" : " ") + tail;
    }

    private static boolean splitDate(String line, String next) {
        String head = line.stripTrailing();
        String tail = next.strip();
        if (head.isEmpty() || tail.isEmpty()) {
            return false;
        }
        char last = head.charAt(head.length() - 1);
        if (Character.isDigit(last)) {
            int k = head.length() - 1;
            while (k > 0 && Character.isDigit(head.charAt(k - 1))) {
                k--;
            }
            boolean day = head.length() - k <= 2 && (k == 0 || Character.isWhitespace(head.charAt(k - 1))
                    || head.charAt(k - 1) == ',');
            return day && Character.isLetter(tail.charAt(0)) && ORDINAL_MONTH.matcher(tail).matches();
        }
        return Character.isDigit(tail.charAt(0)) && YEAR_START.matcher(tail).matches()
                && ENDS_WITH_MONTH.matcher(head).matches();
    }

    private static boolean isLoneHonorific(String line) {
        String t = line.strip();
        return t.length() <= 24 && !t.isEmpty() && LONE_HONORIFIC.matcher(t).matches();
    }

    /** A long line with no closing punctuation, then (after one blank line) a line that starts in lower case. */
    private static boolean runsOn(String line, String next) {
        String head = line.strip();
        if (head.length() < 40 || ".:;!?)".indexOf(head.charAt(head.length() - 1)) >= 0 || head.startsWith("#")) {
            return false;
        }
        String tail = next.strip();
        if (!Character.isLowerCase(tail.charAt(0))) {
            return false;
        }
        // "a)", "ii.", "o " open a list entry rather than continue a sentence.
        int space = tail.indexOf(' ');
        String first = space < 0 ? tail : tail.substring(0, space);
        char end = first.charAt(first.length() - 1);
        // "e-Prescribing", "eCINS update": a capital inside the first word starts a title, not a continuation.
        boolean camel = !first.equals(first.toLowerCase(Locale.ROOT));
        return !camel && !first.equals("o") && !(first.length() <= 5 && (end == ')' || end == '.'));
    }

    static int countBold(String s) {
        int n = 0;
        for (int i = s.indexOf("**"); i >= 0; i = s.indexOf("**", i + 2)) {
            if (i == 0 || s.charAt(i - 1) != '\\') {
                n++;
            }
        }
        return n;
    }

    private static boolean hyphenated(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end >= 3 && s.charAt(end - 1) == '-' && Character.isLowerCase(s.charAt(end - 2))
                && Character.isLetter(s.charAt(end - 3));
    }

    private static boolean startsLower(String s) {
        String t = s.strip();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }
}
