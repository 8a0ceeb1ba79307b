package org.minutebook.shared.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.minutebook.shared.security.KeyFiles;
import org.minutebook.shared.security.Roles;
import org.minutebook.shared.security.Tokens;

/**
 * {@code minutebook-stack token clerk|officer [--name NAME] [--organisation ORG]}: prints a bearer token the local
 * stack's services accept, signed with its development key pair (created on the first start).
 */
final class TokenCommand {

    private TokenCommand() {
    }

    static int run(List<String> args) {
        if (args.isEmpty() || !List.of(Roles.CLERK, Roles.OFFICER).contains(args.get(0))) {
            System.err.println("usage: minutebook-stack token clerk|officer [--name NAME] [--organisation ORG]");
            return 2;
        }
        String role = args.get(0);
        String name = ImportCommand.option(args, "--name", Roles.CLERK.equals(role) ? "Local Clerk" : "Local Officer");
        String organisation = ImportCommand.option(args, "--organisation",
                Roles.CLERK.equals(role) ? "Democratic Services" : null);
        System.out.println(devToken(role, name, organisation));
        return 0;
    }

    /** A 12-hour token signed with the local stack's development key. */
    static String devToken(String role, String name, String organisation) {
        Path key = StackConfig.local(LocalStack.projectDir(Path.of(""))).keysDir().resolve(KeyFiles.PRIVATE_KEY);
        if (!key.toFile().isFile()) {
            throw new IllegalStateException("No development key at " + key + ": start the stack once first");
        }
        return Tokens.mint(key, Tokens.DEV_ISSUER, role, name, organisation, Duration.ofHours(12));
    }
}
