package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.record.PersonRecord;

/** The text of one attendance list into people: entries split on commas and "and", fragments that describe someone. */
final class AttendanceEntries {

    /** Lower case only: "A. Smith" holds no Welsh "a". */
    private static final Pattern LEADING_AND = Pattern.compile("^" + Vocabulary.alternation("list.and") + "\\s+");
    private static final Pattern AND = Pattern.compile("\\s+" + Vocabulary.alternation("list.and") + "\\s+");

    // "Mr G Adam Mr R MacDonald Mrs D Mackay": a list read across a PDF's columns keeps only the honorifics apart.
    private static final Pattern BEFORE_HONORIFIC = Pattern.compile("\\s+(?=\\p{Lu})(?=(?i:"
            + Vocabulary.abbreviations("person.honorifics") + ")\\s+\\p{Lu})");
    /** "Cllr. Joe Sullivan, Leas-Chathaoirleach, …": an office or label standing as an entry is nobody. */
    private static final String[] OFFICES = {"attendance.present", "attendance.officers", "attendance.inAttendance",
            "attendance.apologies", "action.posts"};

    private static final Pattern WORD_STOP = Pattern.compile("([\\p{L}'\u2019]{2,})\\.(\\s)(?=\\p{Lu})");

    private AttendanceEntries() {
    }

    /**
     * A bullet is one person: "Adrian Hepworth, Atos" is a name and an organisation, not two names; "Mr S. O’Toole.
     * Senior Executive Engineer" puts a stop where the comma was.
     */
    static String bullet(String raw) {
        String t = strayStop(raw);
        int comma = t.indexOf(',');
        if (comma <= 0 || t.indexOf(',', comma + 1) >= 0 || PersonParser.parse(t.substring(0, comma)) == null) {
            return t;
        }
        String rest = t.substring(comma + 1).replace("(", " ").replace(")", " ").strip();
        return rest.isEmpty() ? t.substring(0, comma) : t.substring(0, comma) + " (" + Text.squeeze(rest) + ")";
    }

    private static String strayStop(String t) {
        if (t.indexOf(',') >= 0) {
            return t;
        }
        Matcher m = WORD_STOP.matcher(t);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (Vocabulary.listOf(word, "person.honorifics", "text.abbreviations") == null) {
                return t.substring(0, m.start(1) + m.group(1).length()) + "," + t.substring(m.end() - 1);
            }
        }
        return t;
    }

    /**
     * A table row "Mark Wardle (MW) (Chair) | - | Cardiff and Vale UHB" is one person: the dash cell says that what
     * follows is the organisation. Rows without one keep their cells as entries (names laid out in columns).
     */
    static String row(String t) {
        String[] cells = t.split("\t");
        int dash = -1;
        for (int i = 1; i < cells.length && dash < 0; i++) {
            String c = cells[i].strip();
            dash = c.equals("-") || c.equals("\u2013") || c.equals("\u2014") ? i : -1;
        }
        if (dash < 0 || PersonParser.parse(cells[0].strip()) == null) {
            return t;
        }
        StringBuilder org = new StringBuilder();
        for (int i = dash + 1; i < cells.length; i++) {
            String c = cells[i].replace("(", " ").replace(")", " ").strip();
            if (!c.isEmpty()) {
                org.append(org.length() == 0 ? "" : ", ").append(c);
            }
        }
        return org.length() == 0 ? cells[0].strip() : cells[0].strip() + " (" + Text.squeeze(org.toString()) + ")";
    }

    /** The people a list's text names ("Cllr Brown and Cllr Green"), as a label's content would give them. */
    static List<PersonRecord> people(String content) {
        List<PersonRecord> out = new ArrayList<>();
        addAll(AttendanceParser.withoutPhrase(content), out);
        return out;
    }

    /** Adds the people of a list's text to {@code out}, skipping those already in it. */
    static void addAll(String content, List<PersonRecord> out) {
        Set<String> seen = new HashSet<>();
        for (PersonRecord p : out) {
            seen.add(key(p.name()));
        }
        for (String entry : entries(content)) {
            add(entry, out, seen);
        }
    }

    private static void add(String raw, List<PersonRecord> out, Set<String> seen) {
        String entry = PersonParser.trimPunctuation(LEADING_AND.matcher(raw).replaceFirst(""));
        if (entry.isEmpty() || Vocabulary.listOf(entry, OFFICES) != null) {
            return;
        }
        PersonRecord p = PersonParser.parse(entry);
        if (p == null) {
            // "John Bentley, (Safe in Tees Valley)" or a table cell: the fragment describes the previous person.
            if (!out.isEmpty() && PersonParser.isOrganisationLike(entry)) {
                PersonRecord prev = out.get(out.size() - 1);
                if (prev.organisation() == null) {
                    String org = PersonParser.clip(unbracket(entry), 300);
                    out.set(out.size() - 1, new PersonRecord(prev.name(), prev.honorific(), org, prev.role()));
                }
            }
            return;
        }
        if (seen.add(key(p.name())) && out.size() < 200) {
            out.add(p);
        }
    }

    /** Splits on commas, semicolons and tabs outside brackets, and on "and" between two names. */
    static List<String> entries(String content) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
                if (depth == 0 && i + 2 < content.length() && content.charAt(i + 1) == ' '
                        && Character.isUpperCase(content.charAt(i + 2)) && !nickname(content, start, i)) {
                    // "Dave Hill (Cleveland Police) Joanne Hodgkinson": a comma the minutes forgot.
                    parts.add(content.substring(start, i + 1));
                    start = i + 1;
                }
            } else if (depth == 0 && (c == ',' || c == ';' || c == '\t' || c == '\n')
                    && !(c == '\n' && endsWithNickname(content, start, i))) {
                parts.add(content.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(content.substring(start));
        List<String> out = new ArrayList<>(parts.size() + 4);
        for (String p : byHonorifics(parts)) {
            String[] halves = AND.split(p);
            boolean allNames = halves.length > 1;
            for (int i = 0; allNames && i < halves.length; i++) {
                allNames = PersonParser.parse(PersonParser.trimPunctuation(halves[i])) != null;
            }
            if (allNames) {
                out.addAll(List.of(halves));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * An entry that is three or more titled names with no separator is split before each title; "Owen Williams and
     * County Councillor Joseph Davies" is not (its pieces are not each a titled name).
     */
    private static List<String> byHonorifics(List<String> parts) {
        List<String> out = new ArrayList<>(parts.size());
        for (String p : parts) {
            if (!TitleWords.mayHold(p, 2)) {
                // Fewer than two titles after the first word: fewer than three pieces.
                out.add(p);
                continue;
            }
            String[] names = BEFORE_HONORIFIC.split(p.strip());
            boolean titled = names.length >= 3;
            for (int i = 0; titled && i < names.length; i++) {
                PersonRecord person = PersonParser.parse(PersonParser.trimPunctuation(names[i]));
                titled = person != null && person.honorific() != null;
            }
            out.addAll(titled ? List.of(names) : List.of(p));
        }
        return out;
    }

    /** "Cr Michael (Mike) Bird": a one-word bracket after a forename alone is the name a person goes by. */
    private static boolean nickname(String content, int start, int close) {
        int open = content.lastIndexOf('(', close);
        if (open < start || Text.words(content.substring(open, close)).length != 1) {
            return false;
        }
        String before = PersonParser.withoutHonorific(PersonParser.trimPunctuation(content.substring(start, open)));
        return Text.words(before).length == 1;
    }

    /** "Cr Charles (Charlie)" then a line break: the surname is on the next line. */
    private static boolean endsWithNickname(String content, int start, int at) {
        int close = at - 1;
        while (close > start && Character.isWhitespace(content.charAt(close))) {
            close--;
        }
        return close > start && content.charAt(close) == ')' && nickname(content, start, close);
    }

    private static String unbracket(String s) {
        int a = s.startsWith("(") ? 1 : 0;
        int b = s.endsWith(")") ? s.length() - 1 : s.length();
        return a < b ? s.substring(a, b).strip() : s;
    }

    static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
            } else if (c == ' ' && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString().strip();
    }
}
