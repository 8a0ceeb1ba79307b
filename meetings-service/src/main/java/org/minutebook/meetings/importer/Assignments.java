package org.minutebook.meetings.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The minute-taker's shorthand for a task: "Clerk to inform Mrs Dodds.", "Chris Taggart and Tim Allen to discuss …",
 * "MW to circulate the paper". What stands before the first "to" must name who acts: a post of the vocabulary's
 * {@code action.posts}, a person (a title and a name, or a name of two words or more), initials, or several of these
 * joined by "and"; after "to" comes a verb, so a lower-case word that is not an article.
 */
final class Assignments {

    /** Longer subjects are sentences of their own ("The report of the Director to the Committee …"). */
    private static final int MAX_SUBJECT = 80;
    private static final Set<String> NOT_VERBS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "their", "its", "our", "all", "any", "each", "every", "date", "which", "whom");
    private static final Set<String> TO = Set.copyOf(Vocabulary.phrases("followup.to"));
    /** Only words this short are looked up: the loop runs on every sentence. */
    private static final int MAX_TO = TO.stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern OWNERS_SPLIT = Pattern.compile("\\s+(?:and|&)\\s+|,\\s*");
    private static final Set<String> NOT_OWNERS = Set.copyOf(Vocabulary.phrases("followup.not.owners"));

    private Assignments() {
    }

    static boolean isAssignment(String sentence) {
        return owner(sentence) != null;
    }

    /** Who the shorthand names ("Clerk", "Chris Taggart and Tim Allen"), or null when it is not one. */
    static String owner(String sentence) {
        int to = firstTo(sentence);
        if (to <= 0) {
            return null;
        }
        int after = to;
        while (after < sentence.length() && !Character.isWhitespace(sentence.charAt(after))) {
            after++;
        }
        String next = nextWord(sentence, after);
        if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))
                || NOT_VERBS.contains(next.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String subject = PersonParser.trimPunctuation(sentence.substring(0, to).strip());
        return isOwner(subject) ? subject : null;
    }

    private static boolean isOwner(String subject) {
        String s = PersonParser.trimPunctuation(subject.strip());
        String lower = s.toLowerCase(Locale.ROOT);
        String[] words = Text.words(lower);
        if (words.length == 0 || NOT_OWNERS.contains(words[0])
                || (words.length > 1 && NOT_OWNERS.contains(words[0] + " " + words[1]))) {
            return false;
        }
        for (String part : OWNERS_SPLIT.split(s)) {
            if (!isOneOwner(PersonParser.trimPunctuation(part.strip()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOneOwner(String part) {
        if (part.isEmpty()) {
            return false;
        }
        String bare = part.regionMatches(true, 0, "the ", 0, 4) ? part.substring(4) : part;
        if (Vocabulary.listOf(bare, "action.posts") != null || Names.isInitials(bare)) {
            return true;
        }
        String name = PersonParser.withoutHonorific(bare);
        boolean titled = !name.equals(bare);
        return (titled || Text.words(name).length >= 2) && Text.words(name).length <= 4
                && PersonParser.isNameLike(name.replace(".", ""));
    }

    /** Offset of the first "to" (or Welsh "i") within the subject's reach, or -1; the word ends at the next space. */
    private static int firstTo(String s) {
        int limit = Math.min(s.length(), MAX_SUBJECT);
        int i = 0;
        while (i < limit) {
            int end = i;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            if (i > 0 && end - i <= MAX_TO && end > i && TO.contains(s.substring(i, end))) {
                return i;
            }
            i = end + 1;
        }
        return -1;
    }

    private static String nextWord(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(start, i);
    }
}
