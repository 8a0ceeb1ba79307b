package org.minutebook.meetings.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A DOCX (or any zip-packaged document) is measured by what it unpacks to before a parser sees it: a 1 MB file whose
 * XML part inflates to a gigabyte is refused here, having been read through a small buffer, rather than held whole
 * by the parser. Embedded documents are not unpacked at all (the extraction skips them), so they count as stored.
 */
final class ZipBombGuard {

    static final long MAX_EXPANDED = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;

    private ZipBombGuard() {
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** @throws DocumentTooLargeException when the package unpacks beyond the limits */
    static void check(byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (++entries > MAX_ENTRIES) {
                    throw new DocumentTooLargeException("the document packs more than " + MAX_ENTRIES + " parts");
                }
                total += drain(zip, buffer, MAX_EXPANDED - total);
                if (total > MAX_EXPANDED) {
                    throw new DocumentTooLargeException("the document unpacks to more than "
                            + MAX_EXPANDED / (1024 * 1024) + " MB");
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException("the document's package is damaged");
        }
    }

    /** Reads at most {@code budget + 1} bytes of the entry, so that an oversized one stops early. */
    private static long drain(InputStream in, byte[] buffer, long budget) throws IOException {
        long read = 0;
        for (int n; read <= budget && (n = in.read(buffer)) > 0;) {
            read += n;
        }
        return read;
    }
}
