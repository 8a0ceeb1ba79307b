package org.minutebook.shared.fuzz;

import java.util.List;

/**
 * The values a hostile or careless caller sends, by what the parameter is meant to hold. Already percent-encoded for
 * a URL: "%00" is a NUL byte, "%ED%A0%80" a lone surrogate, "%C0%AF" an overlong "/".
 */
final class HostileValues {

    static final List<String> DATES = List.of("+999999999-12-31", "-4714-01-01", "2016-02-30", "0000-00-00",
            "9999-99-99", "2016-06-21T09:30", "21/06/2016", "%00", "2016-06-21%00", "1e9", "");
    static final List<String> DATE_TIMES = List.of("+999999999-12-31T23:59:59Z", "-4714-01-01T00:00:00Z",
            "2016-02-30T10:00:00Z", "2016-06-21T25:61:00Z", "yesterday", "%00", "2016-06-21T09:30:00Z%00");
    static final List<String> INTEGERS = List.of("2147483647", "2147483648", "-2147483649", "-1", "1e9", "0x10",
            "abc", "%00", "9".repeat(40), "1.5", "%201", "");
    static final List<String> BOOLEANS = List.of("maybe", "1", "TRUE%20", "%00", "");
    static final List<String> UUIDS = List.of("00000000-0000-0000-0000-000000000000", "not-a-uuid", "%00",
            "..%2F..%2Fetc%2Fpasswd", "%ED%A0%80", "x".repeat(3000), "0b6f%00", "%25");
    static final List<String> STRINGS = List.of("%00", "a%00b", "x".repeat(5000), "%F0%9F%98%80", "%C0%AF",
            "%ED%A0%80", "%FF%FE", "'%20OR%201%3D1%20--", "%E2%80%AE", "%E2%80%8B%E2%80%8B", "%20%20", "%5C..%5C",
            "%3Cscript%3E", "\u00e9", "%0D%0AX-Injected:%201");

    private HostileValues() {
    }

    /** The hostile values for a parameter of this OpenAPI type and format. */
    static List<String> forSchema(String type, String format) {
        if ("date".equals(format)) {
            return DATES;
        }
        if ("date-time".equals(format)) {
            return DATE_TIMES;
        }
        if ("uuid".equals(format)) {
            return UUIDS;
        }
        return switch (type == null ? "string" : type) {
            case "integer", "number" -> INTEGERS;
            case "boolean" -> BOOLEANS;
            default -> STRINGS;
        };
    }
}
