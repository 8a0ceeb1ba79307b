package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minutebook.actions.rest.MattersArisingView.Origin;
import org.minutebook.actions.rest.MattersArisingView.PendingAction;
import org.minutebook.actions.rest.MattersArisingView.PendingDeferral;

/** Matters arising as Markdown a clerk pastes into the agenda: two tables, dates as the minutes write them. */
final class MattersArisingMarkdown {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private MattersArisingMarkdown() {
    }

    static String render(MattersArisingView v) {
        StringBuilder md = new StringBuilder();
        LocalDate meeting = v.meetingDate() != null ? v.meetingDate() : v.before();
        md.append("## Matters arising — ").append(text(v.committee())).append(", ")
                .append(v.meetingDate() != null ? "meeting of " : "meeting on or after ")
                .append(date(meeting)).append("\n\n");

        md.append("### Outstanding actions\n\n");
        if (v.actions().isEmpty()) {
            md.append("None.\n\n");
        } else {
            md.append("| From meeting | Item | Action | Owner | Due | Status | Meetings waited |\n");
            md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
            for (PendingAction a : v.actions()) {
                String action = text(a.description()) + (a.inferred() ? " _(inferred from the minutes)_" : "");
                String due = a.dueDate() == null
                        ? "next meeting"
                        : date(a.dueDate()) + (a.overdue()
                                ? " **(overdue)**"
                                : "");
                row(md, date(a.from().meetingDate()), item(a.from()), action, owners(a), due, a.status().name()
                        .replace('_', ' ').toLowerCase(Locale.UK), String.valueOf(a.meetingsWaited()));
            }
            more(md, v.actions().size(), v.actionsTotal(), v.actionsTotalIsExact(), "actions");
            md.append('\n');
        }

        md.append("### Deferred items\n\n");
        if (v.deferrals().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| From meeting | Item | Deferred | Carried forward | Meetings waited |\n");
            md.append("| --- | --- | --- | --- | --- |\n");
            for (PendingDeferral d : v.deferrals()) {
                String until = switch (d.until()) {
                    case NEXT_MEETING -> "to the next meeting";
                    case DATE -> "until " + (d.untilDate() == null ? "a date" : date(d.untilDate()))
                            + (d.overdue() ? " **(overdue)**" : "");
                    case UNSPECIFIED -> "to a later meeting";
                };
                String carried = d.timesCarriedForward() == 0
                        ? "—"
                        : d.timesCarriedForward() + (d.timesCarriedForward() == 1 ? " time" : " times") + " ⚑";
                row(md, date(d.from().meetingDate()), item(d.from()), until, carried,
                        String.valueOf(d.meetingsWaited()));
            }
            more(md, v.deferrals().size(), v.deferralsTotal(), v.deferralsTotalIsExact(), "deferred items");
        }
        return md.toString();
    }

    private static void more(StringBuilder md, int listed, long total, boolean exact, String what) {
        if (total > listed) {
            md.append("\n_The oldest ").append(listed).append(" of ").append(exact ? "" : "more than ").append(total)
                    .append(' ').append(what)
                    .append(" are listed._\n");
        }
    }

    private static String owners(PendingAction a) {
        List<String> owners = new ArrayList<>(a.assignees());
        if (a.allAttendees()) {
            owners.add(0, "All");
        }
        a.unresolved().forEach(u -> owners.add(u + " (unresolved)"));
        return owners.isEmpty() ? "—" : text(String.join(", ", owners));
    }

    private static String item(Origin o) {
        String number = o.itemNumber() == null ? "" : o.itemNumber() + " ";
        return text(number + (o.itemTitle() == null ? "" : o.itemTitle())).trim();
    }

    private static void row(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** Table cells: no line breaks, and a literal pipe must not end the cell. */
    private static String text(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    private static String date(LocalDate d) {
        return d == null ? "" : UK_DATE.format(d);
    }
}
