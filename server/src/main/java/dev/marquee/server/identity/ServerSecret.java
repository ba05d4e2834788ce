package dev.marquee.server.identity;

import dev.marquee.server.platform.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A secret that every server instance on the database shares, such as the token signing key. Written once. */
@Entity
class ServerSecret extends AggregateRoot<ServerSecret, String> {

    @Id
    private String name;
    private String secret;

    ServerSecret(String name, String secret) {
        this.name = name;
        this.secret = secret;
    }

    protected ServerSecret() {
    }

    @Override
    public String getId() {
        return name;
    }

    String secret() {
        return secret;
    }
}
