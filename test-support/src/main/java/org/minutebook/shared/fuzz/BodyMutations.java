package org.minutebook.shared.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile variants of a valid JSON body: sloppy JSON (trailing garbage, duplicate keys, no content type), text a
 * database cannot hold (NUL, lone surrogates, overlong UTF-8), nulls inside arrays, dates far out of range, huge
 * numbers and deep nesting. Each variant is made by text substitution on the sample, so it works for any body.
 */
final class BodyMutations {

    record Variant(String kind, String contentType, byte[] body) {
    }

    private BodyMutations() {
    }

    static List<Variant> of(String sample) {
        List<Variant> out = new ArrayList<>();
        String json = "application/json";
        out.add(text("trailing-garbage", json, sample + " {\"x\":1}"));
        out.add(text("trailing-token", json, sample + " true"));
        int brace = sample.indexOf('{');
        if (brace >= 0) {
            String firstKey = firstKey(sample);
            if (firstKey != null) {
                out.add(text("duplicate-key", json, sample.substring(0, brace + 1) + "\"" + firstKey + "\":null,"
                        + sample.substring(brace + 1)));
            }
        }
        out.add(text("no-content-type", null, sample));
        out.add(text("text-plain", "text/plain", sample));
        out.add(text("lone-surrogate", json, replaceFirstString(sample, "\\ud800")));
        out.add(text("nul-escape", json, replaceFirstString(sample, "a\\u0000b")));
        out.add(text("bidi-and-zero-width", json, replaceFirstString(sample, "\\u200b\\u200b\\u202e")));
        out.add(bytes("overlong-utf8", json, replaceFirstString(sample, "OVERLONG"),
                new byte[]{(byte) 0xC0, (byte) 0xAF}));
        out.add(bytes("invalid-utf8", json, replaceFirstString(sample, "OVERLONG"), new byte[]{(byte) 0xFF}));
        out.add(text("null-in-array", json, sample.replaceFirst("\\[", "[null,")));
        out.add(text("empty-array-null", json, sample.replaceFirst("\\[[^\\]]*\\]", "[null]")));
        out.add(text("far-future-date", json, sample.replaceAll("\"\\d{4}-\\d{2}-\\d{2}", "\"+999999999-12-31")));
        out.add(text("far-past-date", json, sample.replaceAll("\"\\d{4}-\\d{2}-\\d{2}", "\"-4714-01-01")));
        out.add(text("impossible-date", json, sample.replaceAll("\"\\d{4}-\\d{2}-\\d{2}", "\"2016-02-30")));
        out.add(text("huge-number", json, sample.replaceFirst(":\\s*(\\d+|true|false)", ":1" + "0".repeat(400))));
        out.add(text("deep-nesting", json, "[".repeat(20_000) + "]".repeat(20_000)));
        out.add(text("huge-string", json, replaceFirstString(sample, "x".repeat(300_000))));
        out.add(text("not-an-object", json, "\"just a string\""));
        out.add(text("empty", json, ""));
        out.add(text("truncated", json, sample.substring(0, Math.max(1, sample.length() / 2))));
        out.add(text("wrong-type-object", json, "{\"committee\":{\"a\":1},\"date\":[1,2],\"items\":\"x\","
                + "\"status\":7,\"note\":[],\"assignees\":{}}"));
        return out;
    }

    private static Variant text(String kind, String type, String body) {
        return new Variant(kind, type, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The body with the marker's UTF-8 bytes replaced by raw {@code bad} bytes. */
    private static Variant bytes(String kind, String type, String body, byte[] bad) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        byte[] marker = "OVERLONG".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(b, marker);
        if (at < 0) {
            return new Variant(kind, type, b);
        }
        byte[] out = new byte[b.length - marker.length + bad.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(b, at + marker.length, out, at + bad.length, b.length - at - marker.length);
        return new Variant(kind, type, out);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer : for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The sample with its first string value (after a colon) replaced by {@code value} (already JSON-escaped). */
    private static String replaceFirstString(String sample, String value) {
        int colon = sample.indexOf(":\"");
        if (colon < 0) {
            return sample;
        }
        int end = sample.indexOf('"', colon + 2);
        return end < 0 ? sample : sample.substring(0, colon + 2) + value + sample.substring(end);
    }

    private static String firstKey(String sample) {
        int q = sample.indexOf('"');
        int e = q < 0 ? -1 : sample.indexOf('"', q + 1);
        return e < 0 ? null : sample.substring(q + 1, e);
    }
}
