package dev.marquee.server.identity;

import org.springframework.data.repository.ListCrudRepository;

/** The shared server secrets. */
interface ServerSecrets extends ListCrudRepository<ServerSecret, String> {
}
