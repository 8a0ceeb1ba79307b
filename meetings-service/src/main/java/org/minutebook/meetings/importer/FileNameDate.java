package org.minutebook.meetings.importer;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date an uploaded file's name gives, for minutes whose text carries none. */
final class FileNameDate {

    private static final Pattern FILE_DATE = Pattern
            .compile("(?<!\\d)((?:18|19|20|21)\\d\\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\\d|3[01])(?!\\d)");

    /** "20240624.txt", "minutes-2016-06-21.pdf", "SSP_2017.02.14.docx": a year-first date in a file name, or null. */
    static LocalDate fromFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        Matcher m = FILE_DATE.matcher(fileName);
        return m.find()
                ? DateParser.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)))
                : null;
    }

    private FileNameDate() {
    }
}
