package org.minutebook.shared.security;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * A service that lets browsers of other origins call it (meetings-service and actions-service, for the officer page)
 * does not start in production without the list of those origins (MINUTEBOOK_WEB_ORIGINS): the any-localhost default
 * is for dev and test, and an unset list must not become a guess. A wildcard is refused there too.
 */
@ApplicationScoped
public class CorsOriginsCheck {

    void onStart(@Observes StartupEvent event, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        boolean cors = config.getOptionalValue("quarkus.http.cors.enabled", Boolean.class).orElse(false);
        problem(cors, origins(config)).ifPresent(p -> {
            throw new IllegalStateException(p);
        });
    }

    static Optional<String> problem(boolean cors, List<String> origins) {
        if (!cors) {
            return Optional.empty();
        }
        if (origins.isEmpty()) {
            return Optional.of("Set MINUTEBOOK_WEB_ORIGINS to the origins whose pages may call this API (e.g. "
                    + "https://minutes.example.gov.uk): production allows no origin by default");
        }
        if (origins.contains("*")) {
            return Optional.of("MINUTEBOOK_WEB_ORIGINS may not be * in production: name the origins");
        }
        return Optional.empty();
    }

    /** An expression whose variable is unset reads as no value, not as an error, so that the message is ours. */
    private static List<String> origins(Config config) {
        try {
            return config.getOptionalValues("quarkus.http.cors.origins", String.class).orElse(List.of()).stream()
                    .map(String::trim).filter(o -> !o.isEmpty()).toList();
        } catch (NoSuchElementException e) {
            return List.of();
        }
    }
}
