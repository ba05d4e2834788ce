package dev.marquee.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link dev.marquee.model.Money} between {@link #min()} and {@link #max()} minor units, both included; {@code null}
 * is valid (add {@code @NotNull} where it is required). The default upper bound, 100,000,000 minor units (1,000,000.00
 * in a currency with cents), is far above any ticket price or till float, and keeps every total of an order
 * exact: a full order at that price is still many orders of magnitude below {@code Long.MAX_VALUE}.
 */
@Documented
@Constraint(validatedBy = AmountValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Amount {

    /** The largest amount any request may carry, in minor units. */
    long MAX_MINOR = 100_000_000L;

    long min() default 0;

    long max() default MAX_MINOR;

    String message() default "must be an amount from {min} to {max} in minor units";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
