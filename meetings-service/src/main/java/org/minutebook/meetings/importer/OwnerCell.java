package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An action column that names its owners rather than giving initials: "Clerk", "Cllr. O. Williams/Clerk",
 * "Cllrs. O. Williams and W. Loynton", Welsh "Cyng. K. Davies", "Clerc/Pawb". Each owner is a post from the
 * vocabulary or a person written with an honorific or an initial; a bare word ("Noted", "Nodwyd") is not an owner.
 */
final class OwnerCell {

    private static final int MAX_LENGTH = 60;
    private static final Pattern SPLIT = Pattern
            .compile("\\s*[/,&+]\\s*|\\s+" + Vocabulary.alternation("list.and") + "\\s+");

    private OwnerCell() {
    }

    /** The owners as written (stops dropped, "all" as "ALL"), or null when the cell names none. */
    static List<String> parse(String cell) {
        String s = Text.squeeze(cell);
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return null;
        }
        List<String> owners = new ArrayList<>(3);
        boolean titled = false;
        for (String entry : SPLIT.split(s)) {
            String e = PersonParser.trimPunctuation(entry);
            if (e.isEmpty()) {
                continue;
            }
            if (Vocabulary.listOf(e, "action.posts") != null) {
                owners.add(e.equalsIgnoreCase("all") ? "ALL" : e);
                continue;
            }
            String bare = PersonParser.withoutHonorific(e);
            titled |= !bare.equals(e);
            String name = Text.squeeze(bare.replace('.', ' '));
            String[] words = Text.words(name);
            boolean initialled = words.length >= 2 && words[0].length() == 1;
            // "Mr  N" at a line's end is a name the line broke, not an owner: a title needs a surname after it.
            if (!(titled || initialled) || words.length > 4 || !PersonParser.isNameLike(name)
                    || words[words.length - 1].length() == 1) {
                return null;
            }
            owners.add(name);
        }
        return owners.isEmpty() ? null : owners;
    }

    /** The attendee an owner names ("O Williams" -> "Owen Williams", "Chair" -> the chair), or null if unknown. */
    static String assignee(String owner, Roster roster) {
        // A post resolves only where the roster knows who holds it ("Chair" -> the one marked chair).
        return roster.byReference(owner, true);
    }
}
