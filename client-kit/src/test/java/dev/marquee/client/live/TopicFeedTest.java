package dev.marquee.client.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.live.TopicFeed.Verdict;
import dev.marquee.model.EventId;
import dev.marquee.model.live.Topic;
import org.junit.jupiter.api.Test;

class TopicFeedTest {

    private final TopicFeed feed = new TopicFeed(Topic.availability(EventId.random()));

    @Test
    void deliversUpdatesInOrderAndRemembersTheLastOne() {
        feed.onSubscribed(4);

        assertThat(feed.onUpdate(5)).isEqualTo(Verdict.DELIVER);
        assertThat(feed.onUpdate(6)).isEqualTo(Verdict.DELIVER);
        assertThat(feed.resumeAfter()).isEqualTo(6);
    }

    @Test
    void dropsAnUpdateSeenBefore() {
        feed.onSubscribed(0);
        feed.onUpdate(1);
        feed.onUpdate(2);

        assertThat(feed.onUpdate(2)).isEqualTo(Verdict.DUPLICATE);
        assertThat(feed.onUpdate(1)).isEqualTo(Verdict.DUPLICATE);
        assertThat(feed.resumeAfter()).isEqualTo(2);
    }

    @Test
    void aGapDeliversTheUpdateAndAsksForAReload() {
        feed.onSubscribed(3);

        assertThat(feed.onUpdate(6)).isEqualTo(Verdict.DELIVER_AND_REFETCH);
        assertThat(feed.onUpdate(7)).isEqualTo(Verdict.DELIVER);
    }

    @Test
    void acceptsTheFirstUpdateWhenNothingWasSeenYet() {
        assertThat(feed.resumeAfter()).isNull();
        assertThat(feed.onUpdate(42)).isEqualTo(Verdict.DELIVER);
    }

    @Test
    void resubscribingWhereTheServerCountsOnNeedsNoReload() {
        feed.onSubscribed(0);
        feed.onUpdate(1);

        assertThat(feed.onSubscribed(3)).isFalse();
        assertThat(feed.onUpdate(2)).isEqualTo(Verdict.DELIVER);
    }

    @Test
    void aServerThatNumbersAfreshAsksForAReloadAndIsFollowed() {
        feed.onSubscribed(0);
        feed.onUpdate(1);
        feed.onUpdate(2);
        feed.onUpdate(3);

        assertThat(feed.onSubscribed(0)).isTrue();
        assertThat(feed.onUpdate(1)).isEqualTo(Verdict.DELIVER);
    }

    @Test
    void continuesAfterARefetchFromTheServersLatestNumber() {
        feed.onSubscribed(0);
        feed.onUpdate(1);

        feed.onRefetch(9);

        assertThat(feed.onUpdate(9)).isEqualTo(Verdict.DUPLICATE);
        assertThat(feed.onUpdate(10)).isEqualTo(Verdict.DELIVER);
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromTheirUpdates() {
        StringBuilder heard = new StringBuilder();
        feed.add(new TopicFeed.Listener(update -> {
            throw new IllegalStateException("broken listener");
        }, () -> { }));
        feed.add(new TopicFeed.Listener(update -> heard.append("update"), () -> heard.append("refetch")));

        feed.refetch();

        assertThat(heard).hasToString("refetch");
    }
}
