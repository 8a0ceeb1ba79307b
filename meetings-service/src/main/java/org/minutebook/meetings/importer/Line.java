package org.minutebook.meetings.importer;

/**
 * One cleaned line of a minutes document. The flags keep what the markup said about the line (a markdown heading, a
 * line bold from end to end, a bullet, an indent) because layout is what tells an item heading from discussion.
 */
record Line(String text, boolean heading, boolean bold, boolean bullet, boolean indented) {

    static final Line BLANK = new Line("", false, false, false, false);

    boolean blank() {
        return text.isEmpty();
    }

    /** Headings and whole-line bold are how markdown and word processors mark a title. */
    boolean emphasised() {
        return heading || bold;
    }
}
