package org.minutebook.meetings.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tika's XHTML (of an HTML page, a DOCX or a PDF) as the markdown-like text the parser reads: blocks on lines of their
 * own, headings as "#", list entries numbered as printed ("3. " for the third of an ordered list), table cells split
 * by tabs, bold runs as "**". An HTML page follows HTML's whitespace rules (a line break inside a paragraph is a
 * space); a PDF's text keeps its line breaks, which are the layout the parser reads.
 */
final class XhtmlText extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "table", "ul", "ol", "blockquote",
            "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "pre", "title",
            "caption", "address", "center", "form", "nav", "main", "aside");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head");

    private final StringBuilder out = new StringBuilder();
    private final int limit;
    private final boolean collapseWhitespace;
    /** Whitespace since the last character: spaces, a tab counting as a column gap; -1 once it holds a newline. */
    private int gap;
    private static final int COLUMN_GAP = 3;
    private final Deque<int[]> lists = new ArrayDeque<>();
    private int skipping;
    private boolean pendingSpace;

    XhtmlText(int limit, boolean collapseWhitespace) {
        this.limit = limit;
        this.collapseWhitespace = collapseWhitespace;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        String e = name(local, qName);
        if (SKIPPED.contains(e)) {
            skipping++;
            return;
        }
        if (e.equals("ol") || e.equals("ul")) {
            lists.push(new int[]{e.equals("ol") ? 1 : 0, 0});
        }
        if (BLOCKS.contains(e)) {
            newLine();
        }
        if (e.length() == 2 && e.charAt(0) == 'h' && Character.isDigit(e.charAt(1))) {
            append("#".repeat(e.charAt(1) - '0') + " ");
        } else if (e.equals("li")) {
            int[] list = lists.isEmpty() ? new int[]{0, 0} : lists.peek();
            list[1]++;
            append(list[0] == 1 ? list[1] + ". " : "- ");
        } else if (e.equals("td") || e.equals("th")) {
            append("\t");
        } else if (e.equals("br")) {
            append("\n");
            pendingSpace = false;
        } else if (e.equals("b") || e.equals("strong")) {
            append("**");
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        String e = name(local, qName);
        if (SKIPPED.contains(e)) {
            skipping--;
            return;
        }
        if ((e.equals("ol") || e.equals("ul")) && !lists.isEmpty()) {
            lists.pop();
        }
        if (e.equals("b") || e.equals("strong")) {
            out.append("**");
        }
        if (BLOCKS.contains(e)) {
            newLine();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipping > 0) {
            return;
        }
        if (!collapseWhitespace) {
            append(new String(ch, start, length));
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                pendingSpace = true;
                gap = c == '\n' || c == '\r' ? -1 : gap < 0 ? -1 : gap + (c == '\t' ? COLUMN_GAP : 1);
            } else {
                if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n'
                        && out.charAt(out.length() - 1) != '\t' && out.charAt(out.length() - 1) != ' ') {
                    // Tabs or a run of spaces inside a line set a right-hand column apart ("…the fence.   Clerk"):
                    // kept as a tab, which the parser reads as a cell; a wrapped source line is one space.
                    out.append(gap >= COLUMN_GAP ? '\t' : ' ');
                }
                pendingSpace = false;
                gap = 0;
                out.append(c);
            }
        }
        checkLimit();
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (!collapseWhitespace) {
            characters(ch, start, length);
        }
    }

    private void newLine() {
        pendingSpace = false;
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != '\n') {
            out.append('\n');
        }
        // A blank line between blocks: the parser reads paragraphs and lists by them.
        if (out.length() > 1 && out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }

    private void append(String s) throws SAXException {
        out.append(s);
        checkLimit();
    }

    private void checkLimit() throws SAXException {
        if (out.length() > limit) {
            throw new WriteLimitReachedException(limit);
        }
    }

    private static String name(String local, String qName) {
        return (local == null || local.isEmpty() ? qName : local).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
