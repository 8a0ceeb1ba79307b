package org.minutebook.actions.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.minutebook.actions.domain.AttendanceKind;
import org.minutebook.actions.domain.Attendee;

/**
 * Resolves the owners written against an action ("JL", "SJ", "ALL to Note") to the people who attended that meeting.
 * An owner resolves only when exactly one attendee matches; otherwise it stays unresolved, never guessed. Every owner
 * other than "ALL" ends up either among the assignees (keyed by the owner as written) or in {@code unresolved}.
 */
public final class InitialsResolver {

    private static final Pattern OWNER_SEPARATORS = Pattern.compile("[/,&;]");
    private static final Pattern ALL = Pattern.compile("ALL(\\b.*)?", Pattern.DOTALL);
    private static final Pattern INITIALS = Pattern.compile("\\p{L}{2,4}");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern WORD_PARTS = Pattern.compile("[\\s-]+");

    public record Resolved(String initials, String name, String organisation) {
    }

    public record Resolution(List<Resolved> assignees, List<String> unresolved, boolean allAttendees) {
    }

    private InitialsResolver() {
    }

    /** @param attendance everyone recorded for the meeting; apologies are left out, they were not there. */
    public static Resolution resolve(List<String> owners, List<Attendee> attendance) {
        Map<String, Attendee> attendees = new LinkedHashMap<>();
        for (Attendee a : attendance) {
            if (a.kind != AttendanceKind.APOLOGY && a.name != null && !a.name.isBlank()) {
                // A person listed twice (e.g. as member and officer) is one person, not an ambiguity.
                attendees.putIfAbsent(normalise(a.name), a);
            }
        }
        List<Resolved> assignees = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        boolean all = false;
        for (String owner : tokens(owners)) {
            if (isAll(owner)) {
                all = true;
                continue;
            }
            List<Attendee> matches = attendees.values().stream().filter(a -> matches(owner, a.name)).toList();
            if (matches.size() == 1) {
                assignees.add(new Resolved(owner, matches.get(0).name, matches.get(0).organisation));
            } else {
                unresolved.add(owner);
            }
        }
        return new Resolution(assignees, unresolved, all);
    }

    /**
     * For a meeting whose attendance never reached us: take the importer's resolution as recorded, since there is
     * nothing to check it against.
     */
    public static Resolution fromRecord(List<String> owners, List<Resolved> recorded) {
        Map<String, Resolved> byInitials = new LinkedHashMap<>();
        for (Resolved r : recorded) {
            if (r.initials() != null && r.name() != null) {
                byInitials.putIfAbsent(r.initials().trim().toUpperCase(Locale.ROOT), r);
            }
        }
        List<Resolved> assignees = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        boolean all = false;
        for (String owner : tokens(owners)) {
            if (isAll(owner)) {
                all = true;
                continue;
            }
            Resolved r = byInitials.get(owner.toUpperCase(Locale.ROOT));
            if (r != null) {
                assignees.add(new Resolved(owner, r.name(), r.organisation()));
            } else {
                unresolved.add(owner);
            }
        }
        return new Resolution(assignees, unresolved, all);
    }

    /** "JL/ SJ" written as one owner is two; the same owner written twice counts once. */
    static Set<String> tokens(List<String> owners) {
        Set<String> tokens = new LinkedHashSet<>();
        if (owners == null) {
            return tokens;
        }
        for (String owner : owners) {
            if (owner == null) {
                continue;
            }
            Arrays.stream(OWNER_SEPARATORS.split(owner))
                    .map(t -> WORDS.matcher(t.trim()).replaceAll(" "))
                    .filter(t -> !t.isEmpty())
                    .forEach(tokens::add);
        }
        return tokens;
    }

    static boolean isAll(String owner) {
        return ALL.matcher(owner.toUpperCase(Locale.ROOT)).matches();
    }

    private static boolean matches(String owner, String name) {
        String compact = owner.replace(".", "").replace(" ", "");
        if (INITIALS.matcher(compact).matches()) {
            return initialsOf(name).contains(compact.toUpperCase(Locale.ROOT));
        }
        // Not initials ("Steven Hume"): only the full name as recorded will do.
        return normalise(owner).equals(normalise(name));
    }

    /** First + last name ("John Lyons" -> JL), and every word for longer names ("Kate Anne Wilson" -> KAW). */
    static Set<String> initialsOf(String name) {
        Set<String> sets = new LinkedHashSet<>();
        List<String> words = lettersFirst(WORDS.split(name.trim()));
        if (words.size() >= 2) {
            sets.add(initial(words.get(0)) + initial(words.get(words.size() - 1)));
        }
        List<String> parts = lettersFirst(WORD_PARTS.split(name.trim()));
        if (parts.size() >= 3) {
            StringBuilder all = new StringBuilder();
            parts.forEach(p -> all.append(initial(p)));
            sets.add(all.toString());
        }
        return sets;
    }

    /** Drops leading punctuation ("(Jo)", "'Sam'") and words with no letter at all. */
    private static List<String> lettersFirst(String[] words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            int i = 0;
            while (i < w.length() && !Character.isLetter(w.charAt(i))) {
                i++;
            }
            if (i < w.length()) {
                out.add(w.substring(i));
            }
        }
        return out;
    }

    private static String initial(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    private static String normalise(String name) {
        return WORDS.matcher(name.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
