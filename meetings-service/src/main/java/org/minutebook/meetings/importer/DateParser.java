package org.minutebook.meetings.importer;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as minutes print them: "Tuesday, 14th February, 2017", "21st June 2016" (after superscripts are
 * stripped), "17 July 2024", "February 14, 2017", "23/2/16", "9.30 a.m.", "2pm", "14:00". A date without a year takes
 * it from the meeting date (rolling forward when it would fall well before the meeting).
 */
final class DateParser {

    /** {@code yearInferred}: the text gave a weekday, day and month but no year. */
    record DateMatch(LocalDate date, int start, int end, boolean yearInferred) {

        DateMatch(LocalDate date, int start, int end) {
            this(date, start, end, false);
        }
    }

    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day"
            + "\\b[,\\s]{0,3}(?:the\\s+)?$");
    /** The last year a weekday-dated heading may fall in: minutes are not written ahead of the meeting. */
    private static final int YEARS_BACK = 30;

    private static final String[] MONTHS = {"month.1", "month.2", "month.3", "month.4", "month.5", "month.6",
            "month.7", "month.8", "month.9", "month.10", "month.11", "month.12"};
    private static final String MONTH = "(" + Vocabulary.alternation(MONTHS) + ")\\b\\.?";
    // "15 th January": PDF text sets the superscript ending apart from its figure.
    private static final String ORDINAL = "(?:\\s?" + Vocabulary.alternation("date.ordinals") + ")?";
    // PDF text may glue the time to the date ("4.00pm1 July 2021"): a day may follow "am"/"pm" directly.
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?i)(?:\\b|(?<=[ap]m))(\\d{1,2})" + ORDINAL + "\\s{0,3}(?:of\\s{1,3})?" + MONTH
                    + "(?:,?\\s{0,3}(\\d{4}|'\\d{2})\\b)?");
    private static final Pattern MONTH_DAY = Pattern
            .compile("(?i)\\b" + MONTH + "\\s{1,3}(\\d{1,2})" + ORDINAL + ",?\\s{1,3}(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern TIME_12H = Pattern
            .compile("(?i)\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s{0,2}([ap])\\.?\\s?m(?![a-z])\\.?");
    private static final Pattern TIME_24H = Pattern.compile("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b(?!\\s*[ap]\\.?m)");
    private static final Pattern NOON = Pattern.compile("(?i)\\b(?:12\\s)?(?:noon|midday)\\b");

    private DateParser() {
    }

    /** The first date in {@code s}; {@code context} (the meeting date, may be null) supplies a missing year. */
    static DateMatch find(String s, LocalDate context) {
        return find(s, context, false);
    }

    /**
     * Whether {@link #find} would find a date at the very start of {@code s}. Each pattern's first match, when one
     * starts at 0, is found there first, so only that attempt is made: headings are asked this on every line.
     */
    static boolean startsWithDate(String s) {
        DateMatch d = find(s, null, true);
        return d != null && d.start() == 0;
    }

    private static DateMatch find(String s, LocalDate context, boolean atStart) {
        if (!hasDigit(s)) {
            return null;
        }
        DateMatch best = null;
        best = earliest(best, dayMonth(s, context, atStart));
        best = earliest(best, monthDay(s, atStart));
        best = earliest(best, numeric(s, atStart));
        best = earliest(best, iso(s, atStart));
        return best;
    }

    /** Where a month-first date can begin, and a numeric date or a time (a day-first date may follow "pm"). */
    private static final MatchStarts MONTH_START = MatchStarts.firstLetters(monthNames()).atWordStart();
    private static final MatchStarts NUMBER_START = MatchStarts.DIGIT.atWordStart();
    private static final MatchStarts NOON_START = MatchStarts.firstLetters(List.of("12", "noon", "midday"))
            .atWordStart();

    /** The next match: after the last one, tried only where one can start; with {@code atStart} the one at 0. */
    private static boolean next(Matcher m, String s, boolean atStart, boolean first, MatchStarts canStart) {
        return atStart ? first && m.lookingAt() : canStart.find(m, s, first ? 0 : m.end());
    }

    private static List<String> monthNames() {
        List<String> all = new ArrayList<>();
        for (String month : MONTHS) {
            all.addAll(Vocabulary.phrases(month));
        }
        return all;
    }

    /** Every printed date has a digit; most sentences have none, and skip four regexes. */
    private static boolean hasDigit(String s) {
        for (char d = '0'; d <= '9'; d++) {
            if (s.indexOf(d) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Four digits in a row: a month-first date always has its year. */
    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length() && run < 4; i++) {
            run = s.charAt(i) >= '0' && s.charAt(i) <= '9' ? run + 1 : 0;
        }
        return run >= 4;
    }

    static LocalDate findDate(String s, LocalDate context) {
        DateMatch m = find(s, context);
        return m == null ? null : m.date();
    }

    private static DateMatch earliest(DateMatch a, DateMatch b) {
        if (a == null) {
            return b;
        }
        return b != null && b.start() < a.start() ? b : a;
    }

    private static DateMatch dayMonth(String s, LocalDate context, boolean atStart) {
        Matcher m = DAY_MONTH.matcher(s);
        for (boolean first = true; next(m, s, atStart, first, MatchStarts.DIGIT); first = false) {
            String month = m.group(2);
            // "may" is a verb far more often than a month; minutes capitalise months.
            if (!Character.isUpperCase(month.charAt(0))) {
                continue;
            }
            int day = Integer.parseInt(m.group(1));
            int mon = month(month);
            LocalDate d;
            if (m.group(3) != null) {
                d = of(year(m.group(3).replace("'", "")), mon, day);
            } else if (context != null) {
                d = withContextYear(context, mon, day);
            } else {
                // "MONDAY 4 DECEMBER" with no year: the latest year, not after today, in which it was a Monday.
                d = fromWeekday(s.substring(Math.max(0, m.start() - 16), m.start()), mon, day);
                if (d != null) {
                    return new DateMatch(d, m.start(), m.end(), true);
                }
            }
            if (d != null) {
                return new DateMatch(d, m.start(), m.end());
            }
        }
        return null;
    }

    private static DateMatch monthDay(String s, boolean atStart) {
        if (!hasYear(s)) {
            return null;
        }
        Matcher m = MONTH_DAY.matcher(s);
        for (boolean first = true; next(m, s, atStart, first, MONTH_START); first = false) {
            if (!Character.isUpperCase(m.group(1).charAt(0))) {
                continue;
            }
            LocalDate d = of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            if (d != null) {
                return new DateMatch(d, m.start(), m.end());
            }
        }
        return null;
    }

    private static DateMatch numeric(String s, boolean atStart) {
        Matcher m = NUMERIC.matcher(s);
        for (boolean first = true; next(m, s, atStart, first, NUMBER_START); first = false) {
            LocalDate d = of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (d != null) {
                return new DateMatch(d, m.start(), m.end());
            }
        }
        return null;
    }

    private static DateMatch iso(String s, boolean atStart) {
        Matcher m = ISO.matcher(s);
        for (boolean first = true; next(m, s, atStart, first, NUMBER_START); first = false) {
            LocalDate d = of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (d != null) {
                return new DateMatch(d, m.start(), m.end());
            }
        }
        return null;
    }

    private static LocalDate fromWeekday(String before, int month, int day) {
        Matcher w = WEEKDAY_BEFORE.matcher(before);
        if (!w.find()) {
            return null;
        }
        DayOfWeek weekday = switch (w.group(1).toLowerCase(Locale.ROOT)) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tues" -> DayOfWeek.TUESDAY;
            case "wednes" -> DayOfWeek.WEDNESDAY;
            case "thurs" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "satur" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
        int thisYear = LocalDate.now().getYear();
        for (int y = thisYear; y > thisYear - YEARS_BACK; y--) {
            LocalDate d = of(y, month, day);
            if (d != null && d.getDayOfWeek() == weekday && !d.isAfter(LocalDate.now())) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate withContextYear(LocalDate context, int month, int day) {
        LocalDate d = of(context.getYear(), month, day);
        if (d != null && d.isBefore(context.minusMonths(3))) {
            d = of(context.getYear() + 1, month, day);
        }
        return d;
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 2) {
            return v < 70 ? 2000 + v : 1900 + v;
        }
        return v;
    }

    private static int month(String name) {
        String list = Vocabulary.listOf(name.replace(".", ""), MONTHS);
        return list == null ? 1 : Integer.parseInt(list.substring("month.".length()));
    }

    /** The date, or null when there is none such or its year is implausible for minutes. */
    static LocalDate of(int year, int month, int day) {
        if (year < 1950 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "9.30 a.m.", "2pm", "12 noon"; a bare "14:00" only when {@code allow24h} (a "Time:" label says it is one). */
    static LocalTime findTime(String s, boolean allow24h) {
        Matcher m = TIME_12H.matcher(s);
        if (NUMBER_START.find(m, s, 0)) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
            if (h >= 1 && h <= 12 && min < 60) {
                return LocalTime.of(pm && h != 12 ? h + 12 : (!pm && h == 12 ? 0 : h), min);
            }
        }
        if (NOON_START.find(NOON.matcher(s), s, 0)) {
            return LocalTime.NOON;
        }
        if (allow24h) {
            Matcher t = TIME_24H.matcher(s);
            if (NUMBER_START.find(t, s, 0)) {
                return LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)));
            }
        }
        return null;
    }

    private static final Pattern NEXT_WEEK = Pattern.compile("(?i)\\bend\\s+of\\s+next\\s+week\\b");
    private static final Pattern THIS_WEEK = Pattern.compile("(?i)\\bend\\s+of\\s+(?:the|this)\\s+week\\b");
    private static final Pattern MONTH_END = Pattern.compile("(?i)\\bend\\s+of\\s+(?:the|this)\\s+month\\b");

    /** Deadlines relative to the meeting: "by end of next week" is the Friday of the following week. */
    static LocalDate relative(String s, LocalDate meeting) {
        if (meeting == null || s.toLowerCase(Locale.ROOT).indexOf("end of") < 0) {
            return null;
        }
        if (NEXT_WEEK.matcher(s).find()) {
            return meeting.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(4);
        }
        if (THIS_WEEK.matcher(s).find()) {
            return meeting.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        }
        if (MONTH_END.matcher(s).find()) {
            return meeting.with(TemporalAdjusters.lastDayOfMonth());
        }
        return null;
    }
}
