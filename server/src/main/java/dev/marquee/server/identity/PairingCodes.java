package dev.marquee.server.identity;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** The pairing codes. */
interface PairingCodes extends ListCrudRepository<PairingCode, String> {

    /** Locked, so that of two kiosks presenting the same code at once only one pairs. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PairingCode> findByCode(String code);
}
