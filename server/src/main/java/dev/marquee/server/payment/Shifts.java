package dev.marquee.server.payment;

import dev.marquee.model.ShiftId;
import dev.marquee.model.UserId;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** The box-office shifts. */
interface Shifts extends ListCrudRepository<Shift, ShiftId> {

    Optional<Shift> findByUserIdAndClosedAtIsNull(UserId seller);
}
