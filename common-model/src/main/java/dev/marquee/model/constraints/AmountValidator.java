package dev.marquee.model.constraints;

import dev.marquee.model.Money;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Amount}. */
public final class AmountValidator implements ConstraintValidator<Amount, Money> {

    private long min;
    private long max;

    @Override
    public void initialize(Amount bounds) {
        this.min = bounds.min();
        this.max = bounds.max();
    }

    @Override
    public boolean isValid(Money value, ConstraintValidatorContext context) {
        return value == null || value.amountMinor() >= min && value.amountMinor() <= max;
    }
}
