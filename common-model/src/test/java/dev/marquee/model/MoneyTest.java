package dev.marquee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MoneyTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void addsAndSubtractsInMinorUnits() {
        Money price = Money.parse("12.50", "EUR");
        Money fee = Money.ofMinor(75, "EUR");

        assertThat(price.plus(fee)).isEqualTo(Money.ofMinor(1325, "EUR"));
        assertThat(price.minus(fee).amountMinor()).isEqualTo(1175);
        assertThat(fee.minus(price).isNegative()).isTrue();
    }

    @Test
    void multipliesByQuantityExactly() {
        // 0.10 + 0.20 style sums are where doubles go wrong.
        Money tenCents = Money.parse("0.10", "EUR");
        assertThat(tenCents.times(3)).isEqualTo(Money.parse("0.30", "EUR"));
        assertThat(tenCents.times(3).toString()).isEqualTo("EUR 0.30");
    }

    @Test
    void refusesToMixCurrencies() {
        Money euros = Money.parse("10", "EUR");
        Money pounds = Money.parse("10", "GBP");

        assertThatThrownBy(() -> euros.plus(pounds))
                .isInstanceOf(Money.CurrencyMismatchException.class)
                .hasMessageContaining("EUR").hasMessageContaining("GBP");
        assertThatThrownBy(() -> euros.minus(pounds)).isInstanceOf(Money.CurrencyMismatchException.class);
        assertThatThrownBy(() -> euros.compareTo(pounds)).isInstanceOf(Money.CurrencyMismatchException.class);
    }

    @Test
    void respectsEachCurrencysMinorUnit() {
        assertThat(Money.parse("1500", "JPY").amountMinor()).isEqualTo(1500);
        assertThat(Money.parse("1.005", "KWD").amountMinor()).isEqualTo(1005);
        assertThat(Money.ofMinor(1005, "KWD").toString()).isEqualTo("KWD 1.005");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.parse("12.345", "EUR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decimals");
        assertThatThrownBy(() -> Money.parse("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> Money.parse("twelve", "EUR")).hasMessageContaining("not an amount");
        assertThatThrownBy(() -> Money.ofMinor(1, "XYZ")).hasMessageContaining("ISO 4217");
    }

    @Test
    void failsOnOverflowInsteadOfWrapping() {
        Money huge = Money.ofMinor(Long.MAX_VALUE, "EUR");
        assertThatThrownBy(() -> huge.plus(Money.ofMinor(1, "EUR"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> huge.times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesWithinOneCurrency() {
        assertThat(Money.parse("5", "EUR").isGreaterThan(Money.parse("4.99", "EUR"))).isTrue();
        assertThat(Money.zero("EUR").isZero()).isTrue();
        assertThat(Money.parse("-1", "EUR").negate()).isEqualTo(Money.parse("1", "EUR"));
    }

    @Test
    void travelsAsMinorUnitsAndCurrencyCodeInJson() {
        Money price = Money.parse("42.00", "CHF");

        String text = json.writeValueAsString(price);

        assertThat(text).isEqualTo("{\"amountMinor\":4200,\"currency\":\"CHF\"}");
        assertThat(json.readValue(text, Money.class)).isEqualTo(price);
    }
}
