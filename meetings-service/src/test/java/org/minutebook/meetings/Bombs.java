package org.minutebook.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** Decompression bombs, made small on the wire and huge when unpacked, each as a real file of its format. */
final class Bombs {

    static final long EXPANDED = 256L * 1024 * 1024;

    private Bombs() {
    }

    /** A DOCX whose document part inflates to {@link #EXPANDED} bytes of one paragraph. */
    static byte[] docx() {
        return zip("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                + "2006/main\"><w:body><w:p><w:r><w:t>", EXPANDED, "</w:t></w:r></w:p></w:body></w:document>");
    }

    /** A small, well-formed DOCX carrying a spreadsheet whose sheet inflates to {@link #EXPANDED} bytes. */
    static byte[] xlsxInDocx() {
        byte[] xlsx = zip("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c><v>", EXPANDED,
                "</v></c></row></sheetData></worksheet>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            contentTypes(z);
            put(z, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                    + "2006/main\"><w:body><w:p><w:r><w:t>See the spreadsheet.</w:t></w:r></w:p></w:body>"
                    + "</w:document>");
            z.putNextEntry(new ZipEntry("word/embeddings/Microsoft_Excel_Worksheet.xlsx"));
            z.write(xlsx);
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PDF whose one page's content stream inflates to {@link #EXPANDED} bytes of text operators. */
    static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            byte[] op = "BT /F1 12 Tf 72 720 Td (minutes) Tj ET\n".getBytes(StandardCharsets.US_ASCII);
            PDStream stream = new PDStream(doc, repeat(op, EXPANDED), COSName.FLATE_DECODE);
            page.setContents(stream);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An XHTML page whose DOCTYPE defines entities that expand to a billion "lol"s. */
    static byte[] billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            dtd.append(prev.repeat(10)).append("\">\n");
        }
        dtd.append("]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&lol9;</p></body></html>");
        return dtd.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String part, String head, long fill, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            contentTypes(z);
            z.putNextEntry(new ZipEntry(part));
            z.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (long written = 0; written < fill; written += chunk.length) {
                z.write(chunk);
            }
            z.write(tail.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void contentTypes(ZipOutputStream z) throws IOException {
        put(z, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** {@code length} bytes of {@code unit} repeated, generated as read. */
    private static InputStream repeat(byte[] unit, long length) {
        return new InputStream() {
            private long pos;

            @Override
            public int read() {
                return pos < length ? unit[(int) (pos++ % unit.length)] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - pos);
                for (int i = 0; i < n; i++) {
                    b[off + i] = unit[(int) ((pos + i) % unit.length)];
                }
                pos += n;
                return n;
            }
        };
    }
}
