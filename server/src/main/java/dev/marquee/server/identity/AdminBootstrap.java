package dev.marquee.server.identity;

import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.Role;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator on an empty database, so that a new installation can be entered. The account
 * comes from {@code marquee.bootstrap.*}; without a configured password a random one is generated and logged,
 * once, since the account exists from then on. Runs after any demo seeding, which brings its own accounts.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserManagement users;
    private final String username;
    private final String password;

    AdminBootstrap(UserManagement users, @Value("${marquee.bootstrap.admin-username:admin}") String username,
            @Value("${marquee.bootstrap.admin-password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.noAccounts()) {
            return;
        }
        boolean generated = password.isBlank();
        String initialPassword = generated ? randomPassword() : password;
        users.create(new CreateUserRequest(username, "Administrator", initialPassword, Set.of(Role.ADMIN), Set.of()), null);
        if (generated) {
            log.warn("""

                    ==========================================================================
                     First start: created administrator '{}' with password  {}
                     This is shown only once. Log in and change it.
                    ==========================================================================""",
                    username, initialPassword);
        } else {
            log.info("First start: created administrator '{}' from marquee.bootstrap.admin-password", username);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
