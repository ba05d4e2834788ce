package dev.marquee.server.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method whose work commits in several transactions, such as an online checkout that cannot
 * hold a transaction open while the card gateway thinks. Every other keyed POST runs in one transaction that
 * also records its answer; an operation marked with this records its answer itself, through
 * {@link IdempotentAnswers#record}, in the transaction that commits its outcome.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IdempotentInSteps {
}
