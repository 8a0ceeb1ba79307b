package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.PersonRecord;

/**
 * The attendance lists before the first item: "Present:", "Officers:", "Also in attendance:", "Apologies for absence
 * were submitted on behalf of …". A list runs over wrapped lines and table rows until the next label, heading,
 * sentence or item.
 */
final class AttendanceParser {

    enum Kind {
        PRESENT, OFFICERS, IN_ATTENDANCE, APOLOGIES
    }

    /** The lists, and the lines they span ({@code startLine} is -1 when there are none). */
    record Result(AttendanceRecord attendance, int startLine, int endLine) {

        /** Printed after the items, in the second half of the document ("## Attendees" at the end). */
        boolean closesDocument(int lineCount) {
            return startLine >= 0 && startLine * 2 >= lineCount;
        }
    }

    private static final String[] LISTS = {"attendance.present", "attendance.officers",
            "attendance.inAttendance", "attendance.apologies"};
    private static final Pattern LABEL = Pattern.compile("(?i)(" + Vocabulary.alternation(LISTS) + ")\\b\\s*"
            + "(:-|[:\\-\u2013\u2014])?\\s*(.*)");
    private static final Pattern PHRASE = Pattern.compile("(?i)^(?:(?:were|was|have\\s+been|had\\s+been)\\s+)?"
            + "(?:(?:received|submitted|given|made|tendered|noted|recorded|sent)\\s+)?"
            + "(?:(?:on\\s+behalf\\s+of|from|by|for)\\s+)?");
    private static final Pattern PHRASE_START = Pattern
            .compile("(?i)^(?:were|was|received|submitted|from|on\\s+behalf)\\b");
    /** Lower case only: "A. Smith" holds no Welsh "a". */
    private static final Pattern LEADING_AND = Pattern.compile("^" + Vocabulary.alternation("list.and") + "\\s+");
    private static final Pattern AND = Pattern.compile("\\s+" + Vocabulary.alternation("list.and") + "\\s+");
    private static final Set<String> HONORIFIC_ONLY = Vocabulary.firstWords("person.honorifics");

    private AttendanceParser() {
    }

    static Result parse(List<Line> lines, int limit) {
        return parse(lines, 0, limit);
    }

    /**
     * Attendance printed after the items ("## Attendees" near the end, as boards often write it): the first
     * attendance heading in the second half of the document after {@code from}, with the lists from it to the end;
     * null when there is none or it names fewer than two people.
     */
    static Result trailing(List<Line> lines, int from) {
        for (int i = Math.max(from, lines.size() / 2); i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank() || !(l.level() > 0 || l.emphasised())) {
                continue;
            }
            Matcher m = LABEL.matcher(l.text());
            if (m.matches() && m.group(3).isEmpty()) {
                Result r = parse(lines, i, lines.size());
                AttendanceRecord a = r.attendance();
                return a.present().size() + a.inAttendance().size() >= 2 ? r : null;
            }
        }
        return null;
    }

    private static Result parse(List<Line> lines, int start, int limit) {
        Map<Kind, List<PersonRecord>> lists = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            lists.put(k, new ArrayList<>());
        }
        Kind current = null;
        StringBuilder buf = new StringBuilder();
        int end = 0;
        int first = -1;
        for (int i = start; i < limit; i++) {
            Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            Matcher m = LABEL.matcher(l.text());
            if (m.matches() && acceptLabel(m)) {
                flush(current, buf, lists);
                current = kind(m.group(1));
                buf.setLength(0);
                buf.append(m.group(3));
                end = i + 1;
                first = first < 0 ? i : first;
            } else if (current != null && continues(l, buf) && !headsProse(lines, i, limit)) {
                // Table rows ("Name<TAB>Organisation") are whole entries; other lines may wrap a name.
                boolean row = l.bullet() || l.text().indexOf('\t') >= 0 || buf.indexOf("\t") >= 0;
                String entry = l.bullet() ? bulletEntry(l.text()) : l.text();
                buf.append(row && buf.length() > 0 ? ", " : joiner(buf, entry)).append(entry);
                end = i + 1;
            } else if (current != null) {
                flush(current, buf, lists);
                current = null;
            }
        }
        flush(current, buf, lists);
        AttendanceRecord a = new AttendanceRecord(lists.get(Kind.PRESENT), lists.get(Kind.OFFICERS),
                lists.get(Kind.IN_ATTENDANCE), lists.get(Kind.APOLOGIES));
        return new Result(a, first, end);
    }

    /** A bullet is one person: "Adrian Hepworth, Atos" is a name and an organisation, not two names. */
    private static String bulletEntry(String t) {
        int comma = t.indexOf(',');
        if (comma <= 0 || t.indexOf(',', comma + 1) >= 0 || PersonParser.parse(t.substring(0, comma)) == null) {
            return t;
        }
        String rest = t.substring(comma + 1).replace("(", " ").replace(")", " ").strip();
        return rest.isEmpty() ? t.substring(0, comma) : t.substring(0, comma) + " (" + Text.squeeze(rest) + ")";
    }

    /**
     * "Resignations" alone after a blank line with a paragraph of discussion below it is the next heading, not a name
     * at the end of the list (the layout of a PDF or a page without markup).
     */
    private static boolean headsProse(List<Line> lines, int i, int limit) {
        if (i == 0 || !lines.get(i - 1).blank() || lines.get(i).text().indexOf(',') >= 0) {
            return false;
        }
        int j = ItemSplitter.nextNonBlank(lines, i + 1, Math.min(limit + 3, lines.size()));
        return j > i + 1 && LineClassifier.sentenceLike(lines.get(j).text());
    }

    private static boolean acceptLabel(Matcher m) {
        String rest = m.group(3);
        return m.group(2) != null || rest.isEmpty() || PHRASE_START.matcher(rest).lookingAt();
    }

    private static Kind kind(String label) {
        String list = Vocabulary.listOf(label, LISTS);
        return list == null ? Kind.PRESENT : switch (list) {
            case "attendance.officers" -> Kind.OFFICERS;
            case "attendance.inAttendance" -> Kind.IN_ATTENDANCE;
            case "attendance.apologies" -> Kind.APOLOGIES;
            default -> Kind.PRESENT;
        };
    }

    /** A list goes on while lines look like list material; a table header or a heading ends it. */
    private static boolean continues(Line l, StringBuilder buf) {
        String t = l.text();
        if (l.emphasised() || LineClassifier.isActionHeader(t) || LineClassifier.sentenceLike(t)) {
            return false;
        }
        if (t.indexOf(',') >= 0 || t.indexOf(';') >= 0 || t.indexOf('\t') >= 0 || t.charAt(0) == '('
                || Character.isLowerCase(t.charAt(0)) || PersonParser.parse(t) != null) {
            return true;
        }
        int n = buf.length();
        return n > 0 && (buf.charAt(n - 1) == ',' || openBrackets(buf) > 0);
    }

    private static int openBrackets(CharSequence s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth;
    }

    /** A wrapped name ("John\nBentley") joins with a space; one complete entry per line joins as a list. */
    private static String joiner(StringBuilder buf, String next) {
        int n = buf.length();
        if (n == 0) {
            return "";
        }
        char last = buf.charAt(n - 1);
        if (",;(-\u2013/&".indexOf(last) >= 0 || Character.isLowerCase(next.charAt(0)) || next.charAt(0) == '(') {
            return " ";
        }
        int depth = 0;
        int cut = 0;
        for (int i = 0; i < n; i++) {
            char c = buf.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && (c == ',' || c == ';' || c == '\t')) {
                cut = i + 1;
            }
        }
        if (depth > 0) {
            return " ";
        }
        int words = 0;
        for (String w : Text.words(buf.substring(cut))) {
            if (!w.isEmpty() && !HONORIFIC_ONLY.contains(w.replace(".", "").toLowerCase(Locale.ROOT))) {
                words++;
            }
        }
        return words < 2 ? " " : ", ";
    }

    private static void flush(Kind kind, StringBuilder buf, Map<Kind, List<PersonRecord>> lists) {
        if (kind == null) {
            return;
        }
        String content = PHRASE.matcher(buf.toString().strip()).replaceFirst("");
        List<PersonRecord> out = lists.get(kind);
        Set<String> seen = new HashSet<>();
        for (PersonRecord p : out) {
            seen.add(key(p.name()));
        }
        for (String entry : entries(content)) {
            add(entry, out, seen);
        }
    }

    /** The people a list's text names ("Cllr Brown and Cllr Green"), as a label's content would give them. */
    static List<PersonRecord> people(String content) {
        List<PersonRecord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String entry : entries(PHRASE.matcher(content.strip()).replaceFirst(""))) {
            add(entry, out, seen);
        }
        return out;
    }

    private static void add(String raw, List<PersonRecord> out, Set<String> seen) {
        String entry = PersonParser.trimPunctuation(LEADING_AND.matcher(raw).replaceFirst(""));
        if (entry.isEmpty()) {
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
                        && Character.isUpperCase(content.charAt(i + 2))) {
                    // "Dave Hill (Cleveland Police) Joanne Hodgkinson": a comma the minutes forgot.
                    parts.add(content.substring(start, i + 1));
                    start = i + 1;
                }
            } else if (depth == 0 && (c == ',' || c == ';' || c == '\t' || c == '\n')) {
                parts.add(content.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(content.substring(start));
        List<String> out = new ArrayList<>(parts.size() + 4);
        for (String p : parts) {
            String[] halves = AND.split(p);
            boolean allNames = halves.length > 1;
            for (String h : halves) {
                allNames &= PersonParser.parse(PersonParser.trimPunctuation(h)) != null;
            }
            if (allNames) {
                out.addAll(List.of(halves));
            } else {
                out.add(p);
            }
        }
        return out;
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
