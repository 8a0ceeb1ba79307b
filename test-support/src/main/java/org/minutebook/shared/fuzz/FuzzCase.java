package org.minutebook.shared.fuzz;

/** One request of the generated corpus: which class of fault it tries, and what it sends. */
record FuzzCase(String kind, String method, String path, String query, String contentType, byte[] body,
        boolean anonymous, String extraHeader) {

    boolean mutating() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    String describe() {
        return kind + " " + method + " " + path + (query.isEmpty() ? "" : "?" + abbreviate(query))
                + (body == null
                        ? ""
                        : " body " + abbreviate(new String(body, java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
