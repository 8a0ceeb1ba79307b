package org.minutebook.meetings.importer.lines;

/** An item as a golden or the parser's record names it: what is needed to find its heading line. */
record ItemRef(String number, String title) {
}
