package dev.marquee.client.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorPresenterTest {

    private static final URI SOLD_OUT = URI.create("https://marquee.dev/problems/sold-out");

    @Test
    void keepsTheServersOwnWords() {
        ApiException soldOut = new ApiException(409, SOLD_OUT, "Sold out",
                "Only 2 tickets of this type are left. Lower the quantity or pick another type.", null, null);

        assertThat(ErrorPresenter.describe(soldOut)).isEqualTo(new ErrorMessage("Sold out",
                "Only 2 tickets of this type are left. Lower the quantity or pick another type."));
    }

    @Test
    void explainsAServerRefusalThatCameWithoutWords() {
        ApiException bare = new ApiException(400, URI.create("about:blank"), null, null, null, null);

        ErrorMessage message = ErrorPresenter.describe(bare);

        assertThat(message.title()).isEqualTo("The server refused");
        assertThat(message.detail()).contains("status 400").contains("try again");
    }

    @Test
    void explainsAServerFailureThatCameWithoutWords() {
        ApiException broken = new ApiException(503, URI.create("about:blank"), "", "", null, null);

        assertThat(ErrorPresenter.describe(broken).title()).isEqualTo("The server has a problem");
    }

    @Test
    void saysTheServerCannotBeReachedWhenTheClientNeverGotThrough() {
        ApiException unreachable = new ApiException(0, URI.create("about:blank"), null, null, null, new ConnectException("Connection refused"));

        assertThat(ErrorPresenter.describe(unreachable)).isEqualTo(ErrorPresenter.UNREACHABLE);
        assertThat(ErrorPresenter.UNREACHABLE.detail()).startsWith("Cannot reach the server");
    }

    @Test
    void keepsTheClientsWordsForAConnectionProblemWhenItHasSome() {
        ApiException unreachable = new ApiException(0, URI.create("about:blank"), "Offline",
                "Cannot reach https://tickets.example.org. Check the network cable.", null, null);

        assertThat(ErrorPresenter.describe(unreachable))
                .isEqualTo(new ErrorMessage("Offline", "Cannot reach https://tickets.example.org. Check the network cable."));
    }

    @Test
    void findsANetworkFailureDeepInTheCauseChain() {
        Throwable wrapped = new IllegalStateException("call failed", new UncheckedIOException(new IOException("io", new ConnectException("refused"))));

        assertThat(ErrorPresenter.describe(wrapped)).isEqualTo(ErrorPresenter.UNREACHABLE);
    }

    @Test
    void seesThroughFutureWrappers() {
        ApiException soldOut = new ApiException(409, SOLD_OUT, "Sold out", "No tickets left.", null, null);

        assertThat(ErrorPresenter.describe(new CompletionException(soldOut)).title()).isEqualTo("Sold out");
        assertThat(ErrorPresenter.describe(new ExecutionException(soldOut)).title()).isEqualTo("Sold out");
    }

    @Test
    void tellsAMistypedAddressFromADownServer() {
        assertThat(ErrorPresenter.describe(new UnknownHostException("tickets.exmaple.org"))).isEqualTo(ErrorPresenter.UNKNOWN_HOST);
    }

    @Test
    void saysTheServerIsNotAnsweringOnATimeout() {
        assertThat(ErrorPresenter.describe(new SocketTimeoutException("Read timed out"))).isEqualTo(ErrorPresenter.TIMED_OUT);
    }

    @Test
    void saysSoWhenCancelled() {
        assertThat(ErrorPresenter.describe(new CancellationException())).isEqualTo(ErrorPresenter.CANCELLED);
    }

    @Test
    void hidesDeveloperDetailsOfAnythingUnexpected() {
        Throwable bug = new NullPointerException("Cannot invoke \"dev.marquee.model.OrderId.value()\" because \"id\" is null");

        ErrorMessage message = ErrorPresenter.describe(bug);

        assertThat(message.title()).isEqualTo("Something went wrong");
        assertThat(message.detail()).contains("try again").doesNotContain("dev.marquee").doesNotContain("null");
    }

    @Test
    void readsNoFailureAsSomethingWentWrong() {
        assertThat(ErrorPresenter.describe(null)).isEqualTo(ErrorPresenter.UNEXPECTED);
    }

    @Test
    void survivesACauseChainThatLoops() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);

        assertThat(ErrorPresenter.describe(first)).isEqualTo(ErrorPresenter.UNEXPECTED);
    }
}
