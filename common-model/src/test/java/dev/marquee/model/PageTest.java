package dev.marquee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void tellsWhetherMoreFollows() {
        assertThat(new Page<>(List.of(1, 2), "abc").hasMore()).isTrue();
        assertThat(new Page<>(List.of(1, 2), null).hasMore()).isFalse();
    }

    @Test
    void keepsItsOwnCopyOfTheItems() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, null);
        items.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
