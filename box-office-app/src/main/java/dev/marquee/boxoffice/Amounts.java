package dev.marquee.boxoffice;

import dev.marquee.model.Money;
import java.util.Locale;
import java.util.Optional;

/** How the box office writes and reads amounts of money: the currency's symbol and two decimals, such as €78.00. */
public final class Amounts {

    private Amounts() {
    }

    /** The amount for a person, such as {@code €78.00}; an empty string for {@code null}. */
    public static String format(Money money) {
        if (money == null) {
            return "";
        }
        String symbol = money.currency().getSymbol(Locale.UK);
        String sign = money.isNegative() ? "−" : "";
        return sign + symbol + money.toMajor().abs().toPlainString();
    }

    /**
     * Reads what a seller typed, such as {@code 100}, {@code 100.5} or {@code 100,50}.
     *
     * @return the amount, or empty when the text is blank or not an amount in this currency
     */
    public static Optional<Money> parse(String text, String currencyCode) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalised = text.trim().replace(',', '.').replaceAll("^[^0-9.\\-]+", "");
        try {
            return Optional.of(Money.parse(normalised, currencyCode));
        } catch (IllegalArgumentException notAnAmount) {
            return Optional.empty();
        }
    }
}
