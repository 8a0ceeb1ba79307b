package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    // "Also present via Teams virtually:": how they attended may follow the label.
    private static final Pattern LABEL = Pattern.compile("(?i)(" + Vocabulary.alternation(LISTS) + ")\\b"
            + "(?:\\s+" + Vocabulary.alternation("attendance.manner") + "\\b)*\\s*"
            + "(:-|[:\\-\u2013\u2014])?\\s*(.*)");
    private static final Pattern INLINE_LABEL = Pattern.compile("(?i)(?<=[.);,]\\s{1,3})("
            + Vocabulary.alternation(LISTS) + ")\\s*(?::-|[:\u2013\u2014])\\s*");
    /** Where a label can start: only there are the label patterns tried. */
    private static final MatchStarts LABEL_START = MatchStarts.firstLetters(FlattenedLines.phrases(LISTS));
    private static final MatchStarts INLINE_START = LABEL_START.afterSpace();
    private static final Pattern PHRASE = Pattern.compile("(?i)^(?:(?:were|was|have\\s+been|had\\s+been)\\s+)?"
            + "(?:" + Vocabulary.alternation("attendance.verbs") + "\\s+)?"
            + "(?:(?:on\\s+behalf\\s+of|from|by|for)\\s+)?");
    private static final Pattern PHRASE_START = Pattern
            .compile("(?i)^(?:were|was|from|on\\s+behalf|" + Vocabulary.alternation("attendance.verbs") + ")\\b");

    private AttendanceParser() {
    }

    static Result parse(List<Line> lines, int limit) {
        return parse(lines, 0, limit);
    }

    /**
     * The roll call under the first item ("1. Calling of the Roll and Apologies for Absence" / "Present:" / …), as
     * Scottish councils minute it: the lists between the first item's heading and the next item; null when that
     * holds no labelled list of people.
     */
    static Result rollCall(List<Line> lines, int firstItem) {
        if (firstItem >= lines.size()) {
            return null;
        }
        Result r = parse(lines, firstItem + 1, ItemSplitter.firstCandidate(lines, firstItem + 1));
        AttendanceRecord a = r.attendance();
        return a.present().size() + a.officers().size() + a.inAttendance().size() > 0 ? r : null;
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

    /** The lists from {@code start} up to {@code limit}: a label line opens each. */
    static Result parse(List<Line> lines, int start, int limit) {
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
            // Staff rows go on with the officers' list, open one, or end another list that already has names.
            boolean staff = current == Kind.OFFICERS
                    ? StaffLines.row(l.text())
                    : (current == null || !buf.isEmpty()) && StaffLines.opensBlock(lines, i, start, current == null);
            if (staff) {
                if (current != Kind.OFFICERS) {
                    flush(current, buf, lists);
                    buf.setLength(0);
                    current = Kind.OFFICERS;
                    first = first < 0 ? i : first;
                }
                String t = l.text();
                buf.append(buf.length() > 0 ? ", " : "").append(t, 0, t.indexOf(','));
                end = i + 1;
                continue;
            }
            StaffLines.AlsoPresent also = l.text().contains("also") ? StaffLines.alsoPresent(l.text()) : null;
            if (also != null) {
                flush(current, buf, lists);
                buf.setLength(0);
                current = null;
                StaffLines.addTo(lists.get(also.officers() ? Kind.OFFICERS : Kind.IN_ATTENDANCE), also.people());
                end = i + 1;
                first = first < 0 ? i : first;
                continue;
            }
            Matcher m = LABEL.matcher(l.text());
            String entry = null;
            boolean label = LABEL_START.test(l.text(), 0) && m.matches();
            if (label && acceptLabel(m) && !(current != null && titledName(m))) {
                flush(current, buf, lists);
                current = kind(m.group(1));
                buf.setLength(0);
                entry = m.group(3);
                end = i + 1;
                first = first < 0 ? i : first;
            } else if (current != null && continues(l, buf) && !headsProse(lines, i, limit)) {
                // Table rows ("Name<TAB>Organisation") are whole entries; other lines may wrap a name.
                boolean row = l.bullet() || l.text().indexOf('\t') >= 0 || buf.indexOf("\t") >= 0;
                entry = l.bullet() ? AttendanceEntries.bullet(l.text()) : AttendanceEntries.row(l.text());
                buf.append(row && buf.length() > 0 ? ", " : WrappedLists.joiner(buf, entry));
                end = i + 1;
            } else if (current != null) {
                flush(current, buf, lists);
                current = null;
            }
            // "… Alistair Shaw (MP) In attendance: Gordon MacKay.": a second label inside the line.
            Matcher inner = entry == null ? null : INLINE_LABEL.matcher(entry);
            while (inner != null && INLINE_START.find(inner, entry, 0)) {
                buf.append(entry, 0, inner.start());
                flush(current, buf, lists);
                current = kind(inner.group(1));
                buf.setLength(0);
                entry = entry.substring(inner.end());
                inner = INLINE_LABEL.matcher(entry);
            }
            if (entry != null) {
                buf.append(entry);
            }
        }
        flush(current, buf, lists);
        AttendanceRecord a = new AttendanceRecord(lists.get(Kind.PRESENT), lists.get(Kind.OFFICERS),
                lists.get(Kind.IN_ATTENDANCE), lists.get(Kind.APOLOGIES));
        return new Result(a, first, end);
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
        // The first item's heading below is no paragraph of this line's: it is the list's last name.
        return j > i + 1 && j != limit && LineClassifier.sentenceLike(lines.get(j).text());
    }

    /** A line that is an attendance label, with or without its list: "Present:", "Apologies", "Present: A, B". */
    static boolean isLabel(String t) {
        if (t.isEmpty() || !LABEL_START.test(t, 0)) {
            return false;
        }
        Matcher m = LABEL.matcher(t);
        return m.matches() && acceptLabel(m);
    }

    private static boolean titledName(Matcher m) {
        return m.group(2) == null && Vocabulary.listOf(m.group(1), "person.honorifics") != null;
    }

    /** A colon, a column gap ("Present<TAB>The Mayor, …"), a verb of the sentence, or names follow the label. */
    private static boolean acceptLabel(Matcher m) {
        String rest = m.group(3);
        boolean gap = m.group().substring(0, m.start(3) - m.start()).indexOf('\t') >= 0;
        return m.group(2) != null || rest.isEmpty() || gap || PHRASE_START.matcher(rest).lookingAt()
                || namesFirst(rest);
    }

    /** "Apologies Annie Morgan, Cllrs Alam and Bell": no colon, but a full name or a titled one follows the label. */
    private static boolean namesFirst(String rest) {
        int comma = rest.indexOf(',');
        String first = comma < 0 ? rest : rest.substring(0, comma);
        PersonRecord p = PersonParser.parse(first);
        return p != null && (p.honorific() != null || Text.words(p.name()).length >= 2)
                && Names.looksLikeName(p.name());
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
        if (l.bullet() && !l.emphasised() && capitalised(t)) {
            // "- Mr S. O’Toole. Senior Executive Engineer": a stray stop does not make a list entry a sentence.
            return true;
        }
        if (l.emphasised() || LineClassifier.isActionHeader(t) || (LineClassifier.sentenceLike(t) && !nameList(t))) {
            return false;
        }
        if (t.indexOf(',') >= 0 || t.indexOf(';') >= 0 || t.indexOf('\t') >= 0 || t.charAt(0) == '('
                || Character.isLowerCase(t.charAt(0)) || WrappedLists.opensWithDash(t) || WrappedLists.opensWithTitle(t)
                || PersonParser.parse(t) != null) {
            return true;
        }
        int n = buf.length();
        // "J Ellerm –" over "Group Manager Corporate Services": an entry cut after its dash goes on.
        return n > 0 && (",&-\u2013\u2014".indexOf(buf.charAt(n - 1)) >= 0 || openBrackets(buf) > 0
                || WrappedLists.postWraps(buf.substring(Math.max(0, buf.lastIndexOf(",") + 1)), t));
    }

    /**
     * "Dr D Alston, Mr R Balfour, Mrs J Barclay, …": a long paragraph of comma-separated capitalised names is the
     * list, however many words it has; prose has its lower-case words.
     */
    static boolean nameList(String t) {
        int commas = 0;
        for (int i = 0; i < t.length(); i++) {
            commas += t.charAt(i) == ',' ? 1 : 0;
        }
        return commas >= 3 && Text.words(t).length <= commas * 6 && capitalised(t);
    }

    /** Names and posts are capitalised; fewer than one word in five starts in lower case. */
    private static boolean capitalised(String t) {
        String[] words = Text.words(t);
        int lower = 0;
        for (String w : words) {
            lower += !w.isEmpty() && Character.isLowerCase(w.charAt(0)) ? 1 : 0;
        }
        return words.length > 0 && lower * 5 < words.length;
    }

    private static int openBrackets(CharSequence s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth;
    }

    private static void flush(Kind kind, StringBuilder buf, Map<Kind, List<PersonRecord>> lists) {
        if (kind == null) {
            return;
        }
        String content = withoutPhrase(buf.toString());
        List<PersonRecord> out = lists.get(kind);
        AttendanceEntries.addAll(content, out);
    }

    /** "were received from Cllr Brown" -> "Cllr Brown". */
    static String withoutPhrase(String content) {
        return PHRASE.matcher(content.strip()).replaceFirst("");
    }
}
