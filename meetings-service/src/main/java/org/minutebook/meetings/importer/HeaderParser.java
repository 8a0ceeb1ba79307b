package org.minutebook.meetings.importer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Committee, date, start time and place from the top of the minutes: "A meeting of Safer Stockton Partnership was
 * held on Tuesday, 14th February, 2017.", "held on Wednesday 17 July 2024 at 9.30am in …", or a "Date: / Time: /
 * Place:" table.
 */
final class HeaderParser {

    /** {@code dateLine} is where the date was read (-1 if none); {@code dateInHeading} false for a fallback. */
    record Header(String committee, LocalDate date, LocalTime startTime, String location, int dateLine,
            boolean dateInHeading, boolean yearInferred) {

        /** The date a file's name gives, for minutes whose text has none (not in the heading: warned of). */
        Header withFileDate(LocalDate fileDate) {
            return new Header(committee, fileDate, startTime, location, -1, fileDate == null, false);
        }
    }

    private static final int WINDOW = 40;
    private static final Pattern MEETING_OF = Pattern
            .compile(
                    "(?i)\\bmeeting\\s+of\\s+(?:the\\s+)?(.{3,150}?)\\s*(?:,\\s*)?(?:which\\s+)?(?:was\\s+|were\\s+)?held\\b");
    private static final Pattern MINUTES_OF = Pattern.compile(
            "(?i)^minutes\\s+of\\s+(?:the\\s+)?(?:meeting\\s+of\\s+(?:the\\s+)?)?(.{3,150}?)(?:\\s+meeting)?"
                    + "(?:\\s+held\\b|\\s*,|\\s+on\\b|\\s*[-\u2013]|$)");
    // "Manordeilo and Salem Community Council held their meeting via Zoom at 7.30pm on …"
    private static final Pattern NAME_HELD = Pattern.compile("^((?:[A-Z][\\p{L}'\u2019-]*|and|of|the|&)"
            + "(?:\\s+(?:[A-Z][\\p{L}'\u2019-]*|and|of|the|&)){1,12})\\s+held\\s+(?:their|its|an?|the)\\s+");
    private static final Pattern NAME_MINUTES = Pattern
            .compile("(?i)((?!draft\\b|approved\\b|signed\\b).{3,100}?)\\s+minutes");
    private static final Pattern NAME_DASH_DATE = Pattern.compile("(?i)(.{3,100}?)\\s+[-\u2013\u2014]\\s+"
            + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\d{1,2}(?:st|nd|rd|th)?\\s).*");
    // "To approve the minutes of the last meeting held on …" dates another meeting.
    private static final Pattern EARLIER_MEETING = Pattern.compile("(?i)\\b(?:previous|last|earlier|approve)\\b");
    private static final Pattern TRAILING_WORD = Pattern.compile("(?i)\\s+(?:meeting|minutes)$");
    private static final Pattern HELD = Pattern.compile("(?i)\\bheld\\s+(?:(?:at|in)\\s+(.{3,200}?)\\s+)?on\\b");
    private static final Pattern LABEL = Pattern
            .compile("(?i)(date|time|start\\s+time|place|venue|location)\\s*(?::-|[:\\-\u2013])\\s*(.*)");
    private static final Pattern TIMES = Pattern
            .compile("(?i)\\b\\d{1,2}(?:[.:]\\d{2})?\\s{0,2}(?:[ap]\\.?\\s?m\\b\\.?|hrs\\b|noon\\b)");
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at)\\s+((?:the\\s+)?[A-Z].{2,200})");
    private static final Pattern TRAILING_AT = Pattern.compile("(?i)\\s+(?:at|commencing(?:\\s+at)?|from)\\s*$");

    private HeaderParser() {
    }

    static Header parse(List<Line> lines, int limit, String hint) {
        String committee = null;
        LocalDate date = null;
        LocalTime time = null;
        String location = null;
        int dateLine = -1;
        boolean inHeading = true;
        boolean yearInferred = false;
        int nonBlank = 0;
        for (int i = 0; i < limit && nonBlank < WINDOW; i++) {
            String t = lines.get(i).text();
            if (t.isEmpty()) {
                continue;
            }
            nonBlank++;
            if (committee == null) {
                committee = committeeIn(t);
            }
            Matcher held = HELD.matcher(t);
            if (date == null && held.find() && !EARLIER_MEETING.matcher(t).find()) {
                // "HELD AT THE VILLAGE HALL ON" / "TUESDAY MAY 6th 2014": the date may wrap onto the next lines.
                String after = t.substring(held.end()) + " " + following(lines, i, limit, 2);
                DateParser.DateMatch d = DateParser.find(after, null);
                if (d != null) {
                    date = d.date();
                    dateLine = i;
                    yearInferred = d.yearInferred();
                    String tail = after.substring(d.end());
                    time = time == null ? DateParser.findTime(tail, false) : time;
                    location = location == null ? held.group(1) != null ? held.group(1) : placeAfter(tail) : location;
                }
                continue;
            }
            Matcher label = LABEL.matcher(t);
            if (label.matches()) {
                String value = label.group(2).isEmpty() ? nextNonBlank(lines, i, limit) : label.group(2);
                switch (label.group(1).toLowerCase().charAt(0)) {
                    case 'd' -> {
                        if (date == null) {
                            date = DateParser.findDate(value, null);
                            dateLine = date == null ? -1 : i;
                        }
                    }
                    case 't', 's' -> time = time == null ? DateParser.findTime(value, true) : time;
                    default -> location = location == null && !value.isBlank() ? value : location;
                }
            }
        }
        if (date == null) {
            int at = firstDateLine(lines);
            if (at >= 0) {
                String t = lines.get(at).text();
                DateParser.DateMatch d = DateParser.find(t, null);
                date = d.date();
                time = time == null ? DateParser.findTime(t.substring(d.end()), false) : time;
                dateLine = at;
                yearInferred = d.yearInferred();
                inHeading = at < limit && isTitleBlock(lines, at);
            }
        }
        if (committee == null) {
            committee = hint != null && !hint.isBlank() ? hint.strip() : firstTitleLine(lines, limit);
        }
        return new Header(committee, date, time, location == null ? null : cleanPlace(location), dateLine,
                inHeading, yearInferred);
    }

    private static String committeeIn(String t) {
        Matcher m = MEETING_OF.matcher(t);
        if (m.find()) {
            return cleanCommittee(m.group(1));
        }
        m = NAME_HELD.matcher(t);
        if (m.find()) {
            return cleanCommittee(m.group(1));
        }
        m = MINUTES_OF.matcher(t);
        if (m.find()) {
            // "Minutes of the Town Council Meeting 27th April 2021": the name ends where its date begins.
            DateParser.DateMatch d = DateParser.find(m.group(1), null);
            String name = (d == null ? m.group(1) : m.group(1).substring(0, d.start())).strip();
            if (d == null || d.end() >= m.group(1).strip().length()) {
                String c = cleanCommittee(name);
                if (c != null) {
                    return c;
                }
            }
        }
        // "Safer Stockton Partnership Minutes" (egenda), "Safer Stockton Partnership - Wednesday 17th July, 2024".
        m = NAME_MINUTES.matcher(t);
        if (!m.matches()) {
            m = NAME_DASH_DATE.matcher(t);
        }
        if (m.matches() && !m.group(1).toLowerCase().contains("agenda") && m.group(1).indexOf(':') < 0) {
            return cleanCommittee(m.group(1));
        }
        return null;
    }

    private static String cleanCommittee(String s) {
        String c = PersonParser.trimPunctuation(TRAILING_WORD.matcher(s).replaceFirst(""));
        // "Minutes of the meeting held on …" names no committee.
        if (c.isEmpty() || !Character.isUpperCase(c.charAt(0)) || c.equalsIgnoreCase("meeting")
                || DateParser.find(c, null) != null) {
            return null;
        }
        return PersonParser.clip(c, 200);
    }

    /** The next {@code n} non-blank lines after {@code i}, joined by spaces. */
    private static String following(List<Line> lines, int i, int limit, int n) {
        StringBuilder b = new StringBuilder();
        for (int j = i + 1; j < Math.min(limit, lines.size()) && n > 0; j++) {
            if (!lines.get(j).blank()) {
                b.append(' ').append(lines.get(j).text());
                n--;
            }
        }
        return b.toString();
    }

    /** A date on a short line among the first few is the heading's; one inside a sentence further down is not. */
    private static boolean isTitleBlock(List<Line> lines, int at) {
        int nonBlank = 0;
        for (int i = 0; i < at; i++) {
            nonBlank += lines.get(i).blank() ? 0 : 1;
        }
        String t = lines.get(at).text();
        return nonBlank <= 6 && (t.length() <= 120 || lines.get(at).emphasised());
    }

    private static String nextNonBlank(List<Line> lines, int i, int limit) {
        for (int j = i + 1; j < Math.min(limit, i + 4); j++) {
            if (!lines.get(j).blank()) {
                return lines.get(j).text();
            }
        }
        return "";
    }

    /** Without a "held on" sentence or a Date: label, the first date near the top is the meeting's. */
    private static int firstDateLine(List<Line> lines) {
        int nonBlank = 0;
        for (int i = 0; i < lines.size() && nonBlank < 25; i++) {
            String t = lines.get(i).text();
            if (!t.isEmpty()) {
                nonBlank++;
                if (DateParser.find(t, null) != null) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The first short, undated, title-like line among the first few: "GOVAN COMMUNITY COUNCIL". */
    private static String firstTitleLine(List<Line> lines, int limit) {
        int seen = 0;
        for (int i = 0; i < Math.min(limit, lines.size()) && seen < 4; i++) {
            String t = lines.get(i).text();
            if (letters(t) < 3) {
                continue;
            }
            seen++;
            boolean plausible = t.length() <= 120 && DateParser.find(t, null) == null
                    && !LineClassifier.sentenceLike(t) && t.indexOf(':') < 0;
            String title = PersonParser.trimPunctuation(t);
            if (plausible && Text.words(title).length >= 2) {
                return PersonParser.clip(title, 200);
            }
        }
        return null;
    }

    private static int letters(String t) {
        int n = 0;
        for (int i = 0; i < t.length() && n < 3; i++) {
            n += Character.isLetter(t.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** "at 9.30am in the Jim Cooke Conference Suite, Stockton Central Library" -> the place. */
    private static String placeAfter(String tail) {
        Matcher m = PLACE.matcher(TIMES.matcher(tail).replaceAll(" "));
        return m.find() ? TRAILING_AT.matcher(m.group(1).strip()).replaceFirst("") : null;
    }

    private static String cleanPlace(String s) {
        String p = PersonParser.trimPunctuation(s.replace('\t', ' '));
        return p.isEmpty() ? null : PersonParser.clip(p, 300);
    }
}
