package dev.marquee.client.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    /** Stands in for the JavaFX application thread. */
    private final ExecutorService ui = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-ui"));
    private final ExecutorService work = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-work"));
    private final BackgroundTasks tasks = new BackgroundTasks(work, ui);

    @AfterEach
    void stopThreads() {
        ui.shutdownNow();
        work.shutdownNow();
    }

    @Test
    void runsWorkOffTheCallingThreadAndHandsTheResultBackThroughTheUiExecutor() throws Exception {
        AtomicReference<String> workThread = new AtomicReference<>();
        AtomicReference<String> callbackThread = new AtomicReference<>();
        AtomicReference<Integer> result = new AtomicReference<>();

        onUiDo(() -> tasks.run(() -> {
            workThread.set(Thread.currentThread().getName());
            return 42;
        }, value -> {
            callbackThread.set(Thread.currentThread().getName());
            result.set(value);
        }, failure -> callbackThread.set("failure: " + failure)));

        await().atMost(Duration.ofSeconds(5)).until(() -> result.get() != null);
        assertThat(workThread).hasValue("test-work");
        assertThat(callbackThread).hasValue("test-ui");
        assertThat(result).hasValue(42);
    }

    @Test
    void handsTheFailureBackThroughTheUiExecutor() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> callbackThread = new AtomicReference<>();
        IOException refused = new IOException("connection refused");

        onUiDo(() -> tasks.run(() -> {
            throw refused;
        }, value -> callbackThread.set("success"), thrown -> {
            callbackThread.set(Thread.currentThread().getName());
            failure.set(thrown);
        }));

        await().atMost(Duration.ofSeconds(5)).until(() -> failure.get() != null);
        assertThat(failure).hasValue(refused);
        assertThat(callbackThread).hasValue("test-ui");
    }

    @Test
    void isBusyUntilTheOutcomeIsHandedBack() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Boolean> busyInCallback = new ArrayList<>();

        onUiDo(() -> tasks.run(() -> release.await(5, TimeUnit.SECONDS), done -> busyInCallback.add(tasks.isBusy()), failure -> { }));
        onUiDo(() -> tasks.run(() -> release.await(5, TimeUnit.SECONDS), done -> busyInCallback.add(tasks.isBusy()), failure -> { }));

        assertThat(onUiGet(tasks::isBusy)).isTrue();
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> !onUiGet(tasks::isBusy));
        assertThat(busyInCallback).containsExactly(true, false);
    }

    @Test
    void completesTheFutureOnTheUiExecutor() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> outcome = onUiGet(() -> tasks.submit(() -> {
            release.await(5, TimeUnit.SECONDS);
            return "sold";
        }));
        CompletableFuture<String> seenOn = outcome.thenApply(value -> value + " on " + Thread.currentThread().getName());
        release.countDown();

        assertThat(seenOn.get(5, TimeUnit.SECONDS)).isEqualTo("sold on test-ui");
    }

    @Test
    void failsTheFutureWithWhatTheWorkThrew() throws Exception {
        IllegalStateException soldOut = new IllegalStateException("sold out");
        CompletableFuture<Object> outcome = onUiGet(() -> tasks.submit(() -> {
            throw soldOut;
        }));

        assertThat(outcome).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class).withCause(soldOut);
    }

    @Test
    void reportsWorkThatCannotStartAsAFailure() {
        work.shutdown();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        tasks.run(() -> "never", value -> { }, failure::set);

        assertThat(failure.get()).isInstanceOf(RejectedExecutionException.class);
        assertThat(tasks.isBusy()).isFalse();
    }

    @Test
    void sameThreadRunsWorkAndCallbackBeforeReturning() {
        BackgroundTasks sameThread = BackgroundTasks.sameThread();
        Thread caller = Thread.currentThread();
        List<String> steps = new ArrayList<>();

        sameThread.run(() -> {
            steps.add("work on caller: " + (Thread.currentThread() == caller));
            return "done";
        }, value -> steps.add(value + ", busy: " + sameThread.isBusy()), failure -> steps.add("failed"));

        assertThat(steps).containsExactly("work on caller: true", "done, busy: false");
    }

    private <T> T onUiGet(Callable<T> action) throws Exception {
        return ui.submit(action).get(5, TimeUnit.SECONDS);
    }

    private void onUiDo(Runnable action) throws Exception {
        ui.submit(action).get(5, TimeUnit.SECONDS);
    }
}
