package org.minutebook.meetings.service;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.minutebook.meetings.importer.ParsedMinutes;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.shared.problem.ProblemException;

/**
 * Imports every document of a zip archive, each on its own so that one bad file never stops the rest, and reports
 * what became of each. Guards against archives that expand without bound or name paths outside themselves.
 */
@ApplicationScoped
public class ArchiveImportService {

    public record Imported(String file, String meetingId, String committee, String date, int warnings) {
    }

    public record Skipped(String file, String existingMeetingId, String reason) {
    }

    public record Failed(String file, int status, String reason) {
    }

    public record Report(int files, List<Imported> imported, List<Skipped> duplicates, List<Failed> failed) {
    }

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ArchiveImportService.class);

    private final ImportService importer;

    public ArchiveImportService(ImportService importer) {
        this.importer = importer;
    }

    public Report importArchive(InputStream zip, String committee, Storing storing) throws IOException {
        List<Imported> imported = new ArrayList<>();
        List<Skipped> duplicates = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        int files = 0;
        long total = 0;
        BufferedInputStream in = new BufferedInputStream(zip);
        int signature = signature(in);
        if (signature == 0) {
            throw ProblemException.unprocessable("The body is not a zip archive");
        }
        try (ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = nextEntry(entries, files, failed)) != null;) {
                String name = entry.getName();
                if (entry.isDirectory() || isSystemFile(name)) {
                    continue;
                }
                if (++files > MAX_ENTRIES) {
                    throw ProblemException.unprocessable("The archive holds more than " + MAX_ENTRIES + " files");
                }
                if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
                    failed.add(new Failed(name, 422, "unsafe path in the archive"));
                    continue;
                }
                byte[] content;
                try {
                    content = readBounded(entries);
                } catch (IOException e) {
                    failed.add(new Failed(name, 422, "the archive is damaged here: " + e.getMessage()));
                    break;
                }
                if (content == null) {
                    failed.add(new Failed(name, 413, "larger than " + MAX_ENTRY_BYTES / (1024 * 1024)
                            + " MB when unpacked"));
                    continue;
                }
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw ProblemException.unprocessable("The archive unpacks to more than "
                            + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                }
                importOne(name, content, committee, storing, imported, duplicates, failed);
                LOG.infof("archive import: %d files, %d imported, %d duplicate, %d failed", files, imported.size(),
                        duplicates.size(), failed.size());
            }
        }
        // A file's header with no readable file after it is damage; an archive's end record alone is an empty archive.
        if (files == 0 && failed.isEmpty() && signature == LOCAL_FILE) {
            throw ProblemException.unprocessable("The archive cannot be read: no file follows its first header");
        }
        return new Report(files, imported, duplicates, failed);
    }

    private void importOne(String name, byte[] content, String committee, Storing storing, List<Imported> imported,
            List<Skipped> duplicates, List<Failed> failed) {
        try {
            ParsedMinutes parsed = importer.importDocument(new ImportService.Document(content, null, name),
                    committee, storing);
            MeetingRecord record = parsed.record();
            imported.add(new Imported(name, record.id().toString(), record.committee(), record.date().toString(),
                    parsed.warnings().size()));
        } catch (ProblemException e) {
            if (e.problem().status() == 409) {
                duplicates.add(new Skipped(name, String.valueOf(e.problem().extensions().get("existingMeetingId")),
                        e.problem().detail()));
            } else {
                failed.add(new Failed(name, e.problem().status(), e.problem().detail()));
            }
        }
    }

    private static final int LOCAL_FILE = 1;
    private static final int EMPTY_ARCHIVE = 2;

    /** The zip signature the body starts with: a local file header, the end record of an empty archive, or 0. */
    private static int signature(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            return 0;
        }
        return head[2] == 3 && head[3] == 4 ? LOCAL_FILE : head[2] == 5 && head[3] == 6 ? EMPTY_ARCHIVE : 0;
    }

    /**
     * The next entry, or null at the end. A damaged archive ends the import where the damage is: what came before
     * was imported and is reported; a damage before the first file is a refusal of the whole archive.
     */
    private static ZipEntry nextEntry(ZipInputStream entries, int files, List<Failed> failed) {
        try {
            return entries.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            if (files == 0) {
                throw ProblemException.unprocessable("The archive cannot be read: " + e.getMessage());
            }
            failed.add(new Failed("(archive)", 422, "the archive is damaged after " + files + " files: "
                    + e.getMessage()));
            return null;
        }
    }

    /** @return the entry's bytes, or null when it unpacks beyond the per-file limit (a zip bomb, say). */
    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n; (n = in.read(buffer)) > 0;) {
            read += n;
            if (read > MAX_ENTRY_BYTES) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isSystemFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.substring(lower.lastIndexOf('/') + 1);
        return lower.startsWith("__macosx/") || base.startsWith(".") || base.equals("thumbs.db");
    }
}
