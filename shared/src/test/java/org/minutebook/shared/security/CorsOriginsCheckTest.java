package org.minutebook.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CorsOriginsCheckTest {

    @Test
    void shouldRequireTheOriginsWhereCorsIsOn() {
        assertThat(CorsOriginsCheck.problem(true, List.of())).hasValueSatisfying(p -> assertThat(p).contains(
                "MINUTEBOOK_WEB_ORIGINS"));
        assertThat(CorsOriginsCheck.problem(true, List.of("*"))).isPresent();
        assertThat(CorsOriginsCheck.problem(true, List.of("https://minutes.example.gov.uk"))).isEmpty();
    }

    @Test
    void shouldLeaveAServiceWithoutCorsAlone() {
        assertThat(CorsOriginsCheck.problem(false, List.of())).isEmpty();
    }
}
