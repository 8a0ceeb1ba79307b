package org.minutebook.search.service.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minutebook.messaging.EventTypes;
import org.minutebook.shared.problem.Problem;
import org.minutebook.shared.problem.Problem.Violation;
import org.minutebook.shared.problem.ProblemException;

/** A registration's fields checked one by one, so that a 400 names each that is wrong. */
final class RegistrationCheck {

    private static final int MAX_URL = 2000;
    private static final int MAX_COMMITTEE = 200;

    private RegistrationCheck() {
    }

    /** @return the registration with its defaults: the public audience, no committee for a blank one */
    static WebhookRegistration checked(WebhookRegistration registration) {
        if (registration == null) {
            throw new ProblemException(Problem.invalid("A subscription is required",
                    List.of(new Violation("url", "must be given"))));
        }
        List<Violation> violations = new ArrayList<>();
        String url = registration.url();
        String urlProblem = urlProblem(url);
        if (urlProblem != null) {
            violations.add(new Violation("url", urlProblem));
        }
        List<String> types = registration.types() == null ? List.of() : registration.types();
        if (types.size() > EventTypes.ALL.size()) {
            violations.add(new Violation("types", "must list at most " + EventTypes.ALL.size() + " types"));
            types = List.of();
        }
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == null || !EventTypes.ALL.contains(types.get(i))) {
                violations.add(new Violation("types[" + i + "]", "must be one of " + EventTypes.ALL.stream()
                        .sorted().toList()));
            }
        }
        String committee = registration.committee() == null || registration.committee().isBlank()
                ? null
                : registration.committee().strip();
        if (committee != null && committee.length() > MAX_COMMITTEE) {
            violations.add(new Violation("committee", "must be at most " + MAX_COMMITTEE + " characters"));
        }
        String audience = registration.audience() == null ? Subscription.PUBLIC : registration.audience();
        if (!audience.equals(Subscription.PUBLIC) && !audience.equals(Subscription.OFFICER)) {
            violations.add(new Violation("audience", "must be public or officer"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.invalid("The subscription is not valid", violations));
        }
        return new WebhookRegistration(url, types.stream().distinct().sorted().toList(), committee, audience);
    }

    private static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return "must be given";
        }
        if (url.length() > MAX_URL) {
            return "must be at most " + MAX_URL + " characters";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "must be an http or https URL";
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return "must name a host";
            }
            if (uri.getRawUserInfo() != null) {
                return "must not hold credentials";
            }
            if (uri.getRawFragment() != null) {
                return "must not have a fragment";
            }
            return null;
        } catch (URISyntaxException e) {
            return "must be a URL (" + e.getReason() + ")";
        }
    }
}
