package org.minutebook.meetings.importer.lines;

/** One cleaned line of a corpus document with the layout flags the parser keeps (heading level, bold, bullet). */
public record DocLine(String text, int level, boolean bold, boolean bullet, boolean indented) {

    public boolean blank() {
        return text.isEmpty();
    }
}
