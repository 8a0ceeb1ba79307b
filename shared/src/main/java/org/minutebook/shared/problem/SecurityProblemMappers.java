package org.minutebook.shared.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Refusals by the security layer as problem+json like every other error, not empty bodies. */
public class SecurityProblemMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                "Sign in: send a bearer token (Authorization: Bearer …) with a role that may do this").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A token that is expired, forged or malformed: the same answer as none, so a client knows to sign in again. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                "The bearer token was not accepted: it is malformed, expired or not signed by the configured issuer")
                .toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your role may not do this"
                : e.getMessage();
        return Problem.of(Response.Status.FORBIDDEN, detail).toResponse();
    }
}
