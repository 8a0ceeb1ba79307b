package org.minutebook.shared.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * JSON bodies must be valid UTF-8. The JSON parser decodes an overlong form ("C0 AF" for "/") without complaint,
 * which lets one text pass for another; the JDK's decoder refuses it, a lone surrogate and any malformed byte.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (TextHygiene.utf8(body, 0, body.length) == null) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "The body is not valid UTF-8"));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
