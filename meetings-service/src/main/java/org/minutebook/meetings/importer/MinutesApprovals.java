package org.minutebook.meetings.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting's approval of earlier minutes: "The minutes of the meeting held on … were approved", "a true and
 * correct record", and, under an item about the minutes, "These were moved as correct by …" or a bare "Approved &
 * signed". Not the footer New Zealand councils print on every set: "The minutes of this meeting were confirmed at the
 * … Meeting held on …" tells of a later meeting's decision.
 */
final class MinutesApprovals {

    /** What the earlier minutes are called: "minutes", and the boards' "note of the previous meeting". */
    private static final String MINUTES = "(?:minutes|notes?\\s+of\\s+(?:the\\s+)?(?:previous|last)\\s+meeting)";
    private static final Pattern NAMES_MINUTES = Pattern.compile("(?i)\\b" + MINUTES + "\\b");
    private static final String APPROVAL = "(?:duly\\s+|unanimously\\s+)?"
            + Vocabulary.alternation("minutes.approval") + "\\b";
    static final Pattern BARE_APPROVAL = Pattern.compile("(?i)" + APPROVAL);
    private static final Pattern MINUTES_APPROVED = Pattern
            .compile("\\b" + MINUTES + "\\b.{0,200}?\\b(?:were|was|be|been)\\s+" + APPROVAL);
    static final Pattern APPROVAL_WORDS = Pattern.compile("\\b(?:true|correct|accurate|fair)\\s+record\\b");
    private static final Pattern LATER_CONFIRMATION = Pattern
            .compile(
                    "\\bminutes\\s+of\\s+this\\s+meeting\\s+(?:were|was|will\\s+be)\\s+(?:confirmed|approved)\\s+at\\b");
    /** Under a minutes title the subject may be a pronoun: "These were moved as correct by …". */
    private static final Pattern PRONOUN_APPROVED = Pattern.compile("(?i)^(?:these|they|it|this)\\s+(?:were|was)\\s+"
            + "(?:duly\\s+|unanimously\\s+)?(?:" + Vocabulary.alternation("minutes.approval") + "|moved|proposed)\\b");

    /** "Minutes of meeting of 26th May approved.": a heading that minutes its own decision, without a verb. */
    private static final Pattern TITLE_APPROVED = Pattern
            .compile("(?i)^(" + MINUTES + "\\b.{0,120}?)\\s+(?:(?:were|was)\\s+)?"
                    + APPROVAL + "\\.?$");

    private MinutesApprovals() {
    }

    /** The title without its approval, when a heading ends by approving the minutes it names; else null. */
    static String titleBeforeApproval(String title) {
        if (title.length() > 200 || !title.regionMatches(true, 0, "minutes", 0, 7) && !title.regionMatches(true, 0,
                "note", 0, 4)) {
            return null;
        }
        Matcher m = TITLE_APPROVED.matcher(title.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    /** {@code lower}: the lower-cased sentence. */
    static boolean isApproval(String lower) {
        if (!lower.contains("minutes") && !lower.contains("note of the") && !lower.contains("notes of the")) {
            return false;
        }
        boolean approval = lower.contains("record") && lower.contains("minutes") && APPROVAL_WORDS.matcher(lower).find()
                || MINUTES_APPROVED.matcher(lower).find();
        return approval && !LATER_CONFIRMATION.matcher(lower).find();
    }

    /** A title about the previous minutes: "Minutes of the last meeting", "Notes of previous meeting". */
    static boolean namesMinutes(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        return lower.contains("minutes") || lower.contains("note") && NAMES_MINUTES.matcher(title).find();
    }

    /** A sentence that approves the minutes when the item's title says they are its subject. */
    static boolean isApprovalUnderMinutesTitle(String sentence) {
        return BARE_APPROVAL.matcher(sentence).lookingAt() || PRONOUN_APPROVED.matcher(sentence).lookingAt();
    }
}
