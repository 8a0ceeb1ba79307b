package org.minutebook.meetings.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.InflaterInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF is measured by what its streams decode to before text is extracted: a page whose content stream inflates to
 * hundreds of megabytes would take minutes of extraction and much memory. Each stream is decoded through a small
 * buffer and the total stopped at {@link #MAX_DECODED}; images are counted as stored, not decoded.
 */
final class PdfBombGuard {

    static final long MAX_DECODED = 64L * 1024 * 1024;

    private PdfBombGuard() {
    }

    static boolean isPdf(byte[] content) {
        return content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D'
                && content[3] == 'F' && content[4] == '-';
    }

    /** @throws DocumentTooLargeException when the streams decode beyond the limit */
    static void check(byte[] content) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (PDDocument doc = Loader.loadPDF(content)) {
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (base instanceof COSStream stream && !isImage(stream)) {
                    try (InputStream in = decoded(stream)) {
                        for (int n; total <= MAX_DECODED && (n = in.read(buffer)) > 0;) {
                            total += n;
                        }
                    }
                    if (total > MAX_DECODED) {
                        throw new DocumentTooLargeException("the PDF's streams decode to more than "
                                + MAX_DECODED / (1024 * 1024) + " MB");
                    }
                }
            }
        } catch (IOException e) {
            // Damaged or encrypted: left to the extraction, which refuses what it cannot read.
        }
    }

    /**
     * Flate, the filter a bomb uses, is inflated here through a small buffer: PDFBox's own decoding would hold the
     * whole decoded stream. Other filters are counted as stored.
     */
    private static InputStream decoded(COSStream stream) throws IOException {
        COSBase filter = stream.getFilters();
        boolean flate = filter instanceof COSName name && COSName.FLATE_DECODE.equals(name)
                || filter instanceof COSArray list && list.size() == 1
                        && COSName.FLATE_DECODE.equals(list.getObject(0));
        InputStream raw = stream.createRawInputStream();
        return flate ? new InflaterInputStream(raw) : raw;
    }

    private static boolean isImage(COSStream stream) {
        return "Image".equals(stream.getNameAsString(COSName.SUBTYPE));
    }
}
