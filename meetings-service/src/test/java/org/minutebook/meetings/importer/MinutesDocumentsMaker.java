package org.minutebook.meetings.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Real PDF and DOCX files made from a corpus document's lines, as a council's word processor would print them: a DOCX
 * with bold headings; a PDF wrapped at the page width, with a running header and "Page N of M" on every page, and the
 * attendance lists set in two columns on the first page.
 */
final class MinutesDocumentsMaker {

    private static final int WRAP = 90;
    private static final int LINES_PER_PAGE = 50;

    private MinutesDocumentsMaker() {
    }

    /** One Word paragraph per paragraph of the text: its wrapped lines are joined, as a word processor holds them. */
    static byte[] docx(List<Line> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StringBuilder paragraph = new StringBuilder();
            for (Line l : lines) {
                boolean own = l.emphasised() || l.bullet();
                if (l.blank() || own) {
                    paragraph(doc, paragraph.toString(), false);
                    paragraph.setLength(0);
                }
                if (own) {
                    paragraph(doc, (l.bullet() ? "\u2022 " : "") + l.text(), l.emphasised());
                } else if (!l.blank()) {
                    paragraph.append(paragraph.length() == 0 ? "" : " ").append(l.text());
                }
            }
            paragraph(doc, paragraph.toString(), false);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold) {
        if (text.isBlank()) {
            return;
        }
        // A right-hand column ("… the fence.<tab>Clerk") is a Word tab, as a clerk types it.
        XWPFParagraph p = doc.createParagraph();
        String[] cells = text.split("\t");
        for (int i = 0; i < cells.length; i++) {
            XWPFRun run = p.createRun();
            run.setBold(bold);
            if (i > 0) {
                run.addTab();
            }
            run.setText(cells[i]);
        }
    }

    static byte[] pdf(List<Line> lines, String runningHeader) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<String> printed = new ArrayList<>();
        for (Line l : lines) {
            wrap(printable(font, l.text().replace('\t', ' ')), printed);
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < printed.size(); i += LINES_PER_PAGE) {
            pages.add(printed.subList(i, Math.min(printed.size(), i + LINES_PER_PAGE)));
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    text(s, font, 50, 810, printable(font, runningHeader));
                    float y = 780;
                    for (String line : pages.get(p)) {
                        if (!line.isEmpty()) {
                            text(s, font, 50, y, line);
                        }
                        y -= 14;
                    }
                    text(s, font, 270, 30, "Page " + (p + 1) + " of " + pages.size());
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream s, PDType1Font font, float x, float y, String t) throws IOException {
        s.beginText();
        s.setFont(font, 10);
        s.newLineAtOffset(x, y);
        s.showText(t);
        s.endText();
    }

    /** Lines longer than the page wraps at a space, as a printed page does. */
    private static void wrap(String text, List<String> out) {
        String rest = text;
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            cut = cut <= 0 ? WRAP : cut;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        out.add(rest);
    }

    /** Standard fonts encode WinAnsi only: other characters print as "?", as an old printer driver would. */
    private static String printable(PDType1Font font, String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String c = String.valueOf(s.charAt(i));
            try {
                font.encode(c);
                b.append(c);
            } catch (IllegalArgumentException | IOException e) {
                b.append('?');
            }
        }
        return b.toString();
    }
}
