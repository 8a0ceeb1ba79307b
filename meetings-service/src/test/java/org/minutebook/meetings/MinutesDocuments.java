package org.minutebook.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The seed minutes as the documents councils hold: text, PDF, DOCX, zip archives. */
public final class MinutesDocuments {

    private MinutesDocuments() {
    }

    /** A seed's text with its committee renamed, so that tests sharing a database do not collide. */
    public static String seed(String fileName, String committee) {
        try {
            return Files.readString(Path.of("..", "samples", "minutes", fileName))
                    .replace("Safer Stockton Partnership", committee);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = text.lines().map(MinutesDocuments::latin1).toList();
            int perPage = 50;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 8);
                    content.setLeading(12);
                    content.newLineAtOffset(40, 750);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line.length() > 160 ? line.substring(0, 160) : line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text.lines().forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] zip(List<String> names, List<byte[]> contents) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The standard PDF fonts only encode Latin-1; dashes and quotes are replaced as a PDF printer would. */
    private static String latin1(String line) {
        String plain = line.replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', '\'')
                .replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"').replace("\t", "    ");
        StringBuilder out = new StringBuilder();
        plain.codePoints().forEach(c -> out.append(c < 256 ? (char) c : '?'));
        return out.toString();
    }
}
