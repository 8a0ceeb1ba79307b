package org.minutebook.meetings.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.BlockBuilder.Block;
import org.minutebook.meetings.record.DeferralRecord;
import org.minutebook.meetings.record.DeferralRecord.Until;

/**
 * "This item was deferred to/until the next meeting", "Deferred – Update to be given after the meeting on 14th July
 * 2016", "the … report be deferred to another meeting". Only the item itself being put off counts: another meeting
 * being postponed, or a report "deferred from" an earlier meeting, does not.
 */
final class DeferralDetector {

    private static final Pattern STARTS = Pattern.compile("(?i)^(?:item\\s+)?deferr?ed\\b");
    private static final Pattern SUBJECT = Pattern.compile("(?i)\\b(?:item|report|matter|paper|presentation|update"
            + "|consideration|discussion|this|it|decision)\\b[^.;]{0,80}?\\b(?:was|were|be|is|are|has\\s+been"
            + "|had\\s+been|would\\s+be|will\\s+be|being)\\s+(?:\\w+\\s+)?(?:deferred|postponed|carried\\s+forward"
            + "|held\\s+over)\\b");
    private static final Pattern AGREED_TO_DEFER = Pattern
            .compile("(?i)\\b(?:agreed|resolved)\\b[^.]{0,120}?\\bdefer(?:red)?\\b");
    private static final Pattern DEFERRED_TO = Pattern.compile("(?i)\\bdeferred\\s+(?:to|until|till)\\b");
    private static final Pattern NOT_THIS_ITEM = Pattern
            .compile(
                    "(?i)\\bdeferred\\s+(?:from|at\\s+the\\s+(?:last|previous))|\\bdeferred\\s+(?:prosecution|payment|sentence)");
    private static final Pattern NEXT_MEETING = Pattern
            .compile("(?i)\\bnext\\s+(?:\\w+\\s+)?(?:meeting|session)\\b");

    private DeferralDetector() {
    }

    static boolean isDeferral(String sentence) {
        return isDeferral(sentence, sentence.toLowerCase(Locale.ROOT));
    }

    static boolean isDeferral(String sentence, String lower) {
        if (lower.indexOf("defer") < 0 && lower.indexOf("postpone") < 0 && lower.indexOf("held over") < 0
                && lower.indexOf("carried forward") < 0) {
            return false;
        }
        return !NOT_THIS_ITEM.matcher(sentence).find() && (STARTS.matcher(sentence).lookingAt()
                || SUBJECT.matcher(sentence).find() || AGREED_TO_DEFER.matcher(sentence).find()
                || DEFERRED_TO.matcher(sentence).find());
    }

    static DeferralRecord detect(List<Block> blocks, boolean titleSaysDeferred, String title, LocalDate meeting) {
        for (Block b : blocks) {
            if (b.action()) {
                continue;
            }
            for (int k = 0; k < b.sentences().size(); k++) {
                if (isDeferral(b.sentences().get(k), b.lowerSentences().get(k))) {
                    return of(b.sentences().get(k), meeting);
                }
            }
        }
        return titleSaysDeferred ? new DeferralRecord(Until.UNSPECIFIED, null, PersonParser.clip(title, 2000)) : null;
    }

    static DeferralRecord of(String sentence, LocalDate meeting) {
        String note = PersonParser.clip(sentence, 2000);
        if (NEXT_MEETING.matcher(sentence).find()) {
            return new DeferralRecord(Until.NEXT_MEETING, null, note);
        }
        LocalDate date = DateParser.findDate(sentence, meeting);
        if (date != null) {
            return new DeferralRecord(Until.DATE, date, note);
        }
        return new DeferralRecord(Until.UNSPECIFIED, null, note);
    }
}
