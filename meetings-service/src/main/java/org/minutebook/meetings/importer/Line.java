package org.minutebook.meetings.importer;

/**
 * One cleaned line of a minutes document. The flags keep what the markup said about the line (a markdown heading, a
 * line bold from end to end, a bullet, an indent) because layout is what tells an item heading from discussion.
 */
record Line(String text, int level, boolean bold, boolean bullet, boolean indented) {

    static final Line BLANK = new Line("", 0, false, false, false);

    /** A markdown (or HTML) heading; {@code level} is its depth, 1 for "#", 0 for no heading. */
    boolean heading() {
        return level > 0;
    }

    boolean blank() {
        return text.isEmpty();
    }

    /** Headings and whole-line bold are how markdown and word processors mark a title. */
    boolean emphasised() {
        return level > 0 || bold;
    }
}
