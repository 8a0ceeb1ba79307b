package org.minutebook.search.e2e;

import java.nio.file.Path;

import org.minutebook.shared.security.Roles;
import org.minutebook.shared.stack.LocalStack;
import org.minutebook.shared.stack.StackConfig;

/**
 * The three packaged services, one PostgreSQL and one KRaft broker, started the way the run command starts them, once
 * for all end-to-end tests of the run and stopped when the test JVM exits.
 */
final class E2eStack {

    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    private static LocalStack stack;

    private E2eStack() {
    }

    static synchronized LocalStack get() {
        if (stack == null) {
            stack = LocalStack.start(StackConfig.forTests(PROJECT, Path.of("target", "e2e").toAbsolutePath()));
            LocalStack started = stack;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return stack;
    }

    static String url(String service) {
        return get().url(service);
    }

    /** Signed with the stack's development key, as the token command would. */
    static String clerk() {
        return get().token(Roles.CLERK, "End To End Clerk", "Democratic Services");
    }

    static String officer() {
        return get().token(Roles.OFFICER, "Steve Johnson", "Cleveland Police");
    }
}
