package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text whose line breaks extraction lost (a PDF's text layer served as one paragraph per page): a line of page
 * length is broken again where a line must have started — before an attendance label and its colon ("… Leisgeulan
 * Present: Mr G Adam …"), and before the next item number in sequence after a sentence ("… the meeting. 1. Election
 * of Cathaoirleach …", then "2.", "3." …). Ordinary paragraphs are never this long, or hold no such sequence.
 */
final class FlattenedLines {

    /** Shorter lines are paragraphs as printed; a flattened page runs to thousands of characters. */
    static final int MIN_LENGTH = 600;
    private static final String[] LISTS = {"attendance.present", "attendance.officers", "attendance.inAttendance",
            "attendance.apologies"};
    private static final Pattern LABEL = Pattern.compile("(?i)(?<=\\S\\s)(?:" + Vocabulary.alternation(LISTS)
            + ")\\s*:(?=\\s)");
    /** A label starts with one of its phrases' first letters, a number with a digit: only there are they tried. */
    private static final MatchStarts LABEL_START = MatchStarts.firstLetters(phrases(LISTS)).afterSpace();
    private static final Pattern NUMBER_START = Pattern.compile("\\d{1,3}\\.\\s+\\S");
    private static final Pattern NUMBER = Pattern.compile("(?<=[.!?\u201d\"]\\s)(\\d{1,3})\\.\\s+(?=\\p{Lu})");

    // "1. Election of Cathaoirleach Cllr. Donal Kenny proposed …": with no break after it, the heading ends where a
    // titled name opens the first sentence.
    private static final Pattern TITLED_NAME = Pattern.compile("\\s(?=\\p{Lu})(?:(?i:"
            + Vocabulary.abbreviations("person.honorifics") + "))\\s+\\p{Lu}");
    private static final int MAX_TITLE_WORDS = 12;

    private FlattenedLines() {
    }

    static String[] split(String[] raw) {
        List<String> out = null;
        int next = 1;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.length() < MIN_LENGTH) {
                if (out != null) {
                    out.add(line);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(raw.length + 16);
                for (int j = 0; j < i; j++) {
                    out.add(raw[j]);
                }
            }
            List<Integer> cuts = new ArrayList<>();
            Matcher label = LABEL.matcher(line);
            // A label ends at its colon: a page without one holds none.
            for (int at = 0; line.indexOf(':') >= 0 && LABEL_START.find(label, line, at); at = label.end()) {
                if (Character.isUpperCase(line.charAt(label.start()))) {
                    cuts.add(label.start());
                }
            }
            Matcher number = NUMBER.matcher(line);
            for (int at = 0; MatchStarts.DIGIT.find(number, line, at); at = number.end()) {
                if (Integer.parseInt(number.group(1)) == next) {
                    cuts.add(number.start());
                    next++;
                }
            }
            cuts.sort(null);
            int from = 0;
            for (int cut : cuts) {
                addPart(out, line.substring(from, cut).strip());
                from = cut;
            }
            addPart(out, line.substring(from).strip());
        }
        return out == null ? raw : out.toArray(new String[0]);
    }

    /** A part that opens with an item number keeps its heading on a line of its own. */
    private static void addPart(List<String> out, String part) {
        Matcher number = NUMBER_START.matcher(part);
        if (number.lookingAt()) {
            Matcher name = TITLED_NAME.matcher(part);
            if (name.find(number.end())
                    && Text.words(part.substring(number.end(), name.start())).length <= MAX_TITLE_WORDS
                    && name.start() > number.end()) {
                out.add(part.substring(0, name.start()).strip());
                out.add(part.substring(name.start()).strip());
                return;
            }
        }
        out.add(part);
    }

    static List<String> phrases(String... lists) {
        List<String> all = new ArrayList<>();
        for (String l : lists) {
            all.addAll(Vocabulary.phrases(l));
        }
        return all;
    }
}
