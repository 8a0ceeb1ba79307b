package org.minutebook.shared.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Broken uploads: multipart bodies cut short or malformed, and files that are not what their type claims. */
final class Uploads {

    static final String MULTIPART_TYPE = "multipart/form-data; boundary=fuzzboundary";

    private Uploads() {
    }

    static Map<String, byte[]> brokenMultipart() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        String head = "--fuzzboundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        m.put("unterminated part", bytes(head + "Minutes of the meeting held on 3 March 2016"));
        m.put("no parts", bytes("--fuzzboundary--\r\n"));
        m.put("no file part", bytes("--fuzzboundary\r\nContent-Disposition: form-data; name=\"committee\"\r\n\r\nX"
                + "\r\n--fuzzboundary--\r\n"));
        m.put("nul file name", bytes(head.replace("m.txt", "m\u0000.txt") + "text\r\n--fuzzboundary--\r\n"));
        m.put("header garbage", bytes("--fuzzboundary\r\n\u0000\u0001garbage\r\n\r\n--fuzzboundary--\r\n"));
        m.put("wrong boundary", bytes("--otherboundary\r\n" + head.substring(16) + "x\r\n--otherboundary--\r\n"));
        return m;
    }

    static Map<String, byte[]> brokenFiles() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        m.put("random bytes", random);
        m.put("empty", new byte[0]);
        m.put("zip header only", new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0});
        m.put("truncated zip", truncatedZip());
        m.put("pdf header only", bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<"));
        m.put("nul text", bytes("Minutes\u0000 of the meeting held on 3 March 2016"));
        m.put("invalid utf-8", new byte[]{'M', (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, 'x'});
        return m;
    }

    private static byte[] truncatedZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("minutes.txt"));
            zip.write(bytes("Minutes of the meeting held on 3 March 2016\n\n1. Apologies\n".repeat(50)));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] whole = out.toByteArray();
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1.newEncoder().canEncode(s)
                ? StandardCharsets.ISO_8859_1
                : StandardCharsets.UTF_8);
    }
}
