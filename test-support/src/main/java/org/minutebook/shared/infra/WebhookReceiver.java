package org.minutebook.shared.infra;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver as a subscriber would write one: it verifies each delivery's Standard Webhooks signature with
 * the secret it was shown (its own HMAC, not the service's code), refuses one that does not verify, and dedupes on
 * {@code webhook-id}, counting the duplicates it dropped. It can be stopped and started again on the same port, and
 * told to answer 500 to everything.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One accepted delivery: the first of its webhook-id. */
    public record Received(String id, long timestamp, String contentType, String body) {
    }

    private final Map<String, Received> unique = new LinkedHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private volatile String secret;
    private volatile boolean failing;
    private HttpServer server;
    private int port;

    public static WebhookReceiver start() throws IOException {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.listen(0);
        return receiver;
    }

    private void listen(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        server.createContext("/hook", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    public void secret(String secret) {
        this.secret = secret;
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    /** Down: connections to its port are refused. */
    public void stop() {
        server.stop(0);
    }

    /** Up again on the same port. */
    public void restart() throws IOException {
        listen(port);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        int status;
        if (failing) {
            status = 500;
        } else if (id == null || timestamp == null || signature == null
                || !signature.equals("v1," + hmac(id + "." + timestamp + "." + body))) {
            badSignatures.incrementAndGet();
            status = 401;
        } else {
            synchronized (unique) {
                if (unique.containsKey(id)) {
                    duplicates.incrementAndGet();
                } else {
                    unique.put(id, new Received(id, Long.parseLong(timestamp),
                            exchange.getRequestHeaders().getFirst("Content-Type"), body));
                }
            }
            status = 204;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private String hmac(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The accepted deliveries, in the order they arrived, each id once. */
    public List<Received> received() {
        synchronized (unique) {
            return new ArrayList<>(unique.values());
        }
    }

    public boolean has(String eventId) {
        synchronized (unique) {
            return unique.containsKey(eventId);
        }
    }

    public int requests() {
        return requests.get();
    }

    public int duplicates() {
        return duplicates.get();
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
