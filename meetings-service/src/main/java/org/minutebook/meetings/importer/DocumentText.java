package org.minutebook.meetings.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.minutebook.shared.problem.TextHygiene;
import org.xml.sax.SAXException;

/**
 * The text of a minutes document. Plain text and Markdown are decoded as they are (their markup helps the parser);
 * HTML, PDF and DOCX go through Apache Tika.
 */
@ApplicationScoped
public class DocumentText {

    /** Minutes run to tens of pages; anything beyond this many characters is not one meeting's minutes. */
    static final int MAX_CHARS = 5_000_000;
    static final long MAX_PDF_MEMORY = 64L * 1024 * 1024;

    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/markdown", "text/x-markdown");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "markdown", "text");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final AutoDetectParser tika = new AutoDetectParser();

    /**
     * @param mediaType as the client declared it, may be null or application/octet-stream
     * @param fileName may be null; its extension helps when the media type says nothing
     */
    public String extract(byte[] content, String mediaType, String fileName) {
        if (content == null || content.length == 0) {
            throw new NotMinutesException("the document is empty");
        }
        String type = baseType(mediaType);
        if (TEXT_TYPES.contains(type) || (isUnknown(type) && TEXT_EXTENSIONS.contains(extension(fileName)))) {
            return decodeText(content);
        }
        return viaTika(content, type, fileName);
    }

    private String viaTika(byte[] content, String type, String fileName) {
        if (ZipBombGuard.isZip(content)) {
            ZipBombGuard.check(content);
        } else if (PdfBombGuard.isPdf(content)) {
            PdfBombGuard.check(content);
        }
        Metadata metadata = new Metadata();
        if (!isUnknown(type)) {
            metadata.set(Metadata.CONTENT_TYPE, type);
        }
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        boolean html = type.contains("html") || extension(fileName).startsWith("htm");
        XhtmlText text = new XhtmlText(MAX_CHARS, html);
        BodyContentHandler handler = new BodyContentHandler(text);
        try {
            tika.parse(new ByteArrayInputStream(content), handler, metadata, context());
        } catch (IOException | SAXException | TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new DocumentTooLargeException("the document holds more than " + MAX_CHARS + " characters");
            }
            throw new UnreadableDocumentException("the " + describe(metadata) + " document could not be read");
        }
        String detected = baseType(metadata.get(Metadata.CONTENT_TYPE));
        if (!isDocumentType(detected)) {
            throw new UnreadableDocumentException("a " + detected + " file is not a minutes document");
        }
        return text.toString();
    }

    /**
     * Limits for one extraction: embedded documents (a spreadsheet inside a DOCX) are not opened, and a PDF's decoded
     * streams are held in at most {@link #MAX_PDF_MEMORY} bytes, beyond which PDFBox fails the read.
     */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setMaxMainMemoryBytes(MAX_PDF_MEMORY);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
                boolean outputHtml) {
            // not opened: a minutes document's text is its own
        }
    }

    /** UTF-8 when it is valid UTF-8 (most is); older documents saved from Word are often Windows-1252. */
    static String decodeText(byte[] content) {
        String utf8 = TextHygiene.utf8(content, 0, content.length);
        if (utf8 != null) {
            return utf8;
        }
        String text = new String(content, WINDOWS_1252);
        if (text.chars().filter(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')).count() > 8) {
            throw new UnreadableDocumentException("the text is neither UTF-8 nor Windows-1252 text");
        }
        return text;
    }

    private static boolean isDocumentType(String type) {
        return type.startsWith("text/") || type.equals("application/pdf") || type.contains("officedocument")
                || type.equals("application/msword") || type.equals("application/rtf")
                || type.equals("application/xhtml+xml") || type.contains("opendocument.text");
    }

    private static String describe(Metadata metadata) {
        String type = baseType(metadata.get(Metadata.CONTENT_TYPE));
        return isUnknown(type) ? "uploaded" : type;
    }

    private static boolean isUnknown(String type) {
        return type.isEmpty() || type.equals("application/octet-stream") || type.equals("*/*");
    }

    private static String baseType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
