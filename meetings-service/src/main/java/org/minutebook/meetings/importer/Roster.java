package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.PersonRecord;

/**
 * The meeting's attendance as a lookup: ACTION-column initials ("JL") to the one attendee they fit, and references in
 * the text ("Cllr Beall", "the Chairman", "Steven Hume") to full names. Ambiguity resolves to nothing.
 */
final class Roster {

    private record Entry(String name, String lowerName, String surname, String first, Set<String> initials,
            boolean attended, boolean chair) {
    }

    private static final Pattern CHAIR = Pattern.compile("(?i)\\bthe\\s+chair(?:man|person|woman)?\\b");

    private static final Set<String> HONORIFICS = Vocabulary.firstWords("person.honorifics");

    private final List<Entry> entries = new ArrayList<>();

    Roster(AttendanceRecord a) {
        Set<String> seen = new LinkedHashSet<>();
        for (List<PersonRecord> list : List.of(a.present(), a.officers(), a.inAttendance())) {
            for (PersonRecord p : list) {
                if (seen.add(AttendanceEntries.key(p.name()))) {
                    entries.add(entry(p, true));
                }
            }
        }
        for (PersonRecord p : a.apologies()) {
            if (seen.add(AttendanceEntries.key(p.name()))) {
                entries.add(entry(p, false));
            }
        }
    }

    private static Entry entry(PersonRecord p, boolean attended) {
        String[] tokens = Text.words(p.name());
        // "A.Stanley" (no space after the initial) has the initials AS too.
        String[] spelled = p.name().indexOf('.') >= 0 ? Text.words(p.name().replace('.', ' ')) : tokens;
        Set<String> initials = new LinkedHashSet<>();
        StringBuilder all = new StringBuilder();
        StringBuilder hyphenated = new StringBuilder();
        for (String t : spelled) {
            if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
                all.append(Character.toUpperCase(t.charAt(0)));
                for (String part : t.split("-")) {
                    if (!part.isEmpty()) {
                        hyphenated.append(Character.toUpperCase(part.charAt(0)));
                    }
                }
            }
        }
        initials.add(all.toString());
        initials.add(hyphenated.toString());
        if (all.length() > 2) {
            initials.add("" + all.charAt(0) + all.charAt(all.length() - 1));
        }
        boolean chair = "Chair".equals(p.role()) || "In the Chair".equals(p.role());
        String[] names = spelled.length > 0 ? spelled : tokens;
        String surname = names[names.length - 1].toLowerCase(Locale.ROOT);
        return new Entry(p.name(), p.name().toLowerCase(Locale.ROOT), surname, names[0].toLowerCase(Locale.ROOT),
                initials, attended, chair);
    }

    /** The one attendee (else the one apology) whose initials these are. */
    String byInitials(String initials) {
        String wanted = initials.replace(".", "").toUpperCase(Locale.ROOT);
        String hit = unique(wanted, true);
        return hit != null ? hit : unique(wanted, false);
    }

    private String unique(String initials, boolean attended) {
        String found = null;
        for (Entry e : entries) {
            if (e.attended() == attended && e.initials().contains(initials)) {
                if (found != null) {
                    return null;
                }
                found = e.name();
            }
        }
        return found;
    }

    /** "Cllr Beall" -> "Jim Beall", "the Chairman" -> the chair, a full name -> itself; null if unknown/ambiguous. */
    String byReference(String phrase) {
        return byReference(phrase, false);
    }

    /** As {@link #byReference(String)}, and with {@code initials} also "O. Williams" -> "Owen Williams". */
    String byReference(String phrase, boolean initials) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        if (CHAIR.matcher(p).matches() || p.equals("chair") || p.equals("chairman")) {
            return chair();
        }
        p = Text.squeeze(PersonParser.withoutHonorific(p).replace('.', ' '));
        String[] tokens = Text.words(p);
        String found = null;
        for (Entry e : entries) {
            boolean match = e.lowerName().equals(p) || (tokens.length == 1 && e.surname().equals(p))
                    || (tokens.length > 1 && firstMatches(e.first(), tokens[0], initials)
                            && e.surname().equals(tokens[tokens.length - 1]));
            if (match) {
                if (found != null && !found.equals(e.name())) {
                    return null;
                }
                found = e.name();
            }
        }
        return found;
    }

    /** "owen" or its initial "o" ("O. Williams"). */
    private static boolean firstMatches(String first, String token, boolean initials) {
        return first.equals(token) || (initials && token.length() == 1 && first.startsWith(token));
    }

    private String chair() {
        String found = null;
        for (Entry e : entries) {
            if (e.chair()) {
                if (found != null) {
                    return null;
                }
                found = e.name();
            }
        }
        return found;
    }

    /** Attendees named in a sentence: by full name, by title and surname ("Cllr Beall"), or as "the Chair". */
    List<String> mentionedIn(String sentence) {
        List<String> out = new ArrayList<>(2);
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Entry e : entries) {
            if (lower.indexOf(e.surname()) < 0) {
                continue;
            }
            if (containsWord(lower, e.lowerName()) || titledSurname(lower, e.surname())) {
                if (!out.contains(e.name())) {
                    out.add(e.name());
                }
            }
        }
        if (out.isEmpty() && CHAIR.matcher(sentence).find()) {
            String c = chair();
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** "cllr beall", "mr. beall", "cyng. j. davies": the surname after an honorific, an initial between allowed. */
    private static boolean titledSurname(String lower, String surname) {
        for (int i = lower.indexOf(surname); i >= 0; i = lower.indexOf(surname, i + 1)) {
            int end = i + surname.length();
            boolean whole = (i == 0 || !Character.isLetter(lower.charAt(i - 1)))
                    && (end >= lower.length() || !Character.isLetter(lower.charAt(end)));
            if (!whole) {
                continue;
            }
            int start = wordStartBefore(lower, i);
            String before = lower.substring(start, i).strip().replace(".", "");
            if (before.length() == 1 && start > 0) {
                int s2 = wordStartBefore(lower, start);
                before = lower.substring(s2, start).strip().replace(".", "");
            }
            if (!before.isEmpty() && HONORIFICS.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /** Where the word before {@code at} starts (the whitespace between is skipped); {@code at} if there is none. */
    private static int wordStartBefore(String lower, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(lower.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && !Character.isWhitespace(lower.charAt(b - 1))) {
            b--;
        }
        return e < at ? b : at;
    }

    static boolean containsWord(String haystack, String needle) {
        if (needle.isEmpty()) {
            return false;
        }
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            boolean before = i == 0 || !Character.isLetter(haystack.charAt(i - 1));
            int end = i + needle.length();
            boolean after = end >= haystack.length() || !Character.isLetter(haystack.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }
}
