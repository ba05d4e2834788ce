package dev.marquee.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * An amount of money: a whole number of minor units (cents, pence) in one ISO 4217 currency.
 *
 * <p>All arithmetic is exact integer arithmetic that fails on overflow with {@link OutOfRangeException} rather than
 * wrapping, and never goes through {@code double}. Amounts in different currencies are never combined: every operation on two amounts
 * throws {@link CurrencyMismatchException} when their currencies differ.
 *
 * <p>In JSON an amount reads {@code {"amountMinor": 1250, "currency": "EUR"}}.
 *
 * <p>The server stores an amount as two columns, its minor units and its currency code ({@link Embeddable}).
 *
 * @param amountMinor the amount in the currency's minor unit, for example 1250 for EUR 12.50; may be negative
 * @param currency    the ISO 4217 currency
 */
@Embeddable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record Money(@JsonProperty("amountMinor") long amountMinor, @JsonProperty("currency") Currency currency)
        implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " has no minor unit and cannot be used for prices");
        }
    }

    /**
     * Reads an amount from JSON, where the currency is its ISO code.
     *
     * @throws IllegalArgumentException if the currency code is unknown
     */
    @JsonCreator
    public static Money fromJson(@JsonProperty("amountMinor") long amountMinor, @JsonProperty("currency") String currencyCode) {
        return ofMinor(amountMinor, currencyCode);
    }

    /**
     * An amount given in minor units.
     *
     * @throws IllegalArgumentException if the currency code is unknown
     */
    public static Money ofMinor(long amountMinor, String currencyCode) {
        return new Money(amountMinor, currency(currencyCode));
    }

    /**
     * Parses a decimal amount in major units, such as {@code "12.50"} with {@code "EUR"}.
     *
     * @throws IllegalArgumentException if the text is not a number, carries more decimals than the currency has,
     *                                  or the currency code is unknown
     */
    public static Money parse(String decimal, String currencyCode) {
        Currency currency = currency(currencyCode);
        BigDecimal major;
        try {
            major = new BigDecimal(decimal.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + decimal + "' is not an amount of money", e);
        }
        try {
            return new Money(major.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "'" + decimal + "' has more decimals than " + currency.getCurrencyCode() + " allows, or is too large", e);
        }
    }

    /** Zero in the given currency. */
    public static Money zero(String currencyCode) {
        return ofMinor(0, currencyCode);
    }

    /** The ISO code of the currency, such as {@code EUR}. */
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** The sum of this and {@code other}. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return exact(() -> Math.addExact(amountMinor, other.amountMinor));
    }

    /** This minus {@code other}; may be negative. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return exact(() -> Math.subtractExact(amountMinor, other.amountMinor));
    }

    /** This amount taken {@code factor} times, such as a unit price times a quantity. */
    public Money times(long factor) {
        return exact(() -> Math.multiplyExact(amountMinor, factor));
    }

    /** The same amount with the opposite sign. */
    public Money negate() {
        return exact(() -> Math.negateExact(amountMinor));
    }

    public boolean isZero() {
        return amountMinor == 0;
    }

    public boolean isNegative() {
        return amountMinor < 0;
    }

    /** Whether this is more than {@code other}, in the same currency. */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** The amount in major units, exactly, such as {@code 12.50}. */
    public BigDecimal toMajor() {
        return BigDecimal.valueOf(amountMinor, currency.getDefaultFractionDigits());
    }

    /** Orders amounts of the same currency; throws {@link CurrencyMismatchException} across currencies. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(amountMinor, other.amountMinor);
    }

    /** A plain, locale-independent form such as {@code EUR 12.50}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + toMajor().toPlainString();
    }

    private Money exact(LongSupplier arithmetic) {
        try {
            return new Money(arithmetic.getAsLong(), currency);
        } catch (ArithmeticException overflow) {
            throw new OutOfRangeException(this, overflow);
        }
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(this, other);
        }
    }

    private static Currency currency(String code) {
        Objects.requireNonNull(code, "currency");
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code", e);
        }
    }

    /** Thrown when the result of an operation does not fit in a {@code long} of minor units. */
    public static final class OutOfRangeException extends ArithmeticException {

        private static final long serialVersionUID = 1L;

        OutOfRangeException(Money operand, ArithmeticException cause) {
            super("An amount computed from " + operand.currencyCode() + " " + operand.amountMinor() + " minor units is out of range");
            initCause(cause);
        }
    }

    /** Thrown when two amounts of different currencies meet in one operation. */
    public static final class CurrencyMismatchException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        CurrencyMismatchException(Money left, Money right) {
            super("Cannot combine " + left.currencyCode() + " with " + right.currencyCode());
        }
    }
}
