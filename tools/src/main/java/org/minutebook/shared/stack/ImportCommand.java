package org.minutebook.shared.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.minutebook.shared.security.Roles;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code minutebook-stack import FOLDER [--url URL] [--committee NAME] [--replace] [--draft] [--token TOKEN]}: imports
 * every minutes document under a folder through meetings-service as a clerk, one at a time, printing progress and a
 * closing report. One bad file never stops the rest. Old minutes are already public, so they are published as they are
 * imported; {@code --draft} leaves them as drafts for a clerk to publish. Without {@code --token}, a development clerk
 * token of the local stack.
 */
final class ImportCommand {

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "txt", "text/plain", "md", "text/markdown", "markdown", "text/markdown",
            "html", "text/html", "htm", "text/html", "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "doc", "application/msword");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportCommand() {
    }

    static int run(List<String> args) throws IOException, InterruptedException {
        if (args.isEmpty()) {
            System.err.println(
                    "usage: minutebook-stack import FOLDER [--url URL] [--committee NAME] [--replace] [--draft] "
                            + "[--token TOKEN]");
            return 2;
        }
        Path folder = Path.of(args.get(0));
        String url = option(args, "--url", "http://localhost:8081");
        String committee = option(args, "--committee", null);
        boolean replace = args.contains("--replace");
        boolean publish = !args.contains("--draft");
        String token = option(args, "--token", null);
        if (token == null) {
            token = TokenCommand.devToken(Roles.CLERK, "Local Clerk", "Democratic Services");
        }
        List<Path> files = documents(folder);
        HttpClient http = HttpClient.newHttpClient();
        int imported = 0;
        int duplicates = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            HttpResponse<String> response = http.send(request(url, file, committee, replace, publish, token),
                    HttpResponse.BodyHandlers.ofString());
            String outcome;
            if (response.statusCode() == 201) {
                imported++;
                outcome = "imported as " + field(response.body(), "id") + " (" + field(response.body(), "date") + ")";
            } else if (response.statusCode() == 409) {
                duplicates++;
                outcome = "skipped: duplicate of " + field(response.body(), "existingMeetingId");
            } else {
                outcome = "failed (" + response.statusCode() + "): " + field(response.body(), "detail");
                failures.add(folder.relativize(file) + ": " + outcome);
            }
            System.out.printf("[%d/%d] %s %s%n", i + 1, files.size(), folder.relativize(file), outcome);
        }
        System.out.printf("%nImported %d, skipped %d as duplicates, failed %d (of %d files)%n", imported, duplicates,
                failures.size(), files.size());
        failures.forEach(f -> System.out.println("  " + f));
        return failures.isEmpty() ? 0 : 1;
    }

    private static HttpRequest request(String url, Path file, String committee, boolean replace, boolean publish,
            String token) throws IOException {
        StringBuilder query = new StringBuilder("?replace=").append(replace).append("&publish=").append(publish);
        if (committee != null) {
            query.append("&committee=").append(URLEncoder.encode(committee, StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(URI.create(url + "/api/meetings/import" + query))
                .header("Content-Type", MEDIA_TYPES.getOrDefault(extension(file), "application/octet-stream"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
    }

    private static List<Path> documents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(f -> MEDIA_TYPES.containsKey(extension(f))).sorted()
                    .toList();
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String option(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : fallback;
    }

    /** One top-level member of a JSON response (a record or a problem), or what the body was. */
    private static String field(String body, String name) {
        try {
            return JSON.readTree(body).path(name).asText("?");
        } catch (IOException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }
}
