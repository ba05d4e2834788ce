package dev.marquee.client.fx;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the apps leave the JavaFX application thread: work (a server call, a file write) runs on a work executor,
 * and its result or failure comes back through a UI executor, {@link Platform#runLater(Runnable)} in the apps.
 *
 * <p>Start tasks from the UI thread (the FX thread in the apps, the test thread under {@link #sameThread()}); the
 * {@link #busyProperty() busy flag} changes on that thread only, so views can bind spinners and disabled buttons to
 * it.
 *
 * <pre>{@code
 * tasks.run(() -> client.orders(eventId),
 *         orders -> this.orders.setAll(orders),
 *         failure -> error.set(ErrorPresenter.describe(failure).detail()));
 * }</pre>
 */
public final class BackgroundTasks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final Executor workExecutor;
    private final Executor uiExecutor;
    private final ExecutorService owned;
    /** How many tasks have started and not yet handed back their outcome. */
    private final IntegerProperty running = new SimpleIntegerProperty(this, "running");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param workExecutor runs the work, normally off the UI thread
     * @param uiExecutor   runs the hand-off back to the UI thread; {@code Platform::runLater} in the apps
     */
    public BackgroundTasks(Executor workExecutor, Executor uiExecutor) {
        this(workExecutor, uiExecutor, null);
    }

    private BackgroundTasks(Executor workExecutor, Executor uiExecutor, ExecutorService owned) {
        this.workExecutor = Objects.requireNonNull(workExecutor, "workExecutor");
        this.uiExecutor = Objects.requireNonNull(uiExecutor, "uiExecutor");
        this.owned = owned;
        busy.bind(running.greaterThan(0));
    }

    /**
     * For the apps: work runs on virtual threads (named {@code marquee-task-N}), results come back on the JavaFX
     * application thread. {@link #close()} when the app stops.
     */
    public static BackgroundTasks create() {
        ExecutorService virtualThreads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("marquee-task-", 1).factory());
        return new BackgroundTasks(virtualThreads, Platform::runLater, virtualThreads);
    }

    /**
     * For view-model tests: work and callbacks run at once on the calling thread, so a test sees the outcome as soon as
     * the call returns. No JavaFX toolkit is needed.
     */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(Runnable::run, Runnable::run);
    }

    /**
     * Runs work off the UI thread and hands its outcome to exactly one of the callbacks on the UI thread. The busy
     * count has already dropped when the callback runs.
     *
     * @param work      what to do; may block
     * @param onSuccess receives the result
     * @param onFailure receives what the work threw (or why it could not start), unwrapped
     * @param <T>       the result type
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        start(work, (result, failure) -> {
            if (failure == null) {
                onSuccess.accept(result);
            } else {
                onFailure.accept(failure);
            }
        });
    }

    /**
     * Runs work off the UI thread; the returned future completes on the UI thread, so stages chained with the
     * non-async methods ({@code thenAccept}, {@code whenComplete}) run there too.
     *
     * @param work what to do; may block
     * @param <T>  the result type
     * @return the outcome; failed with what the work threw
     */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        start(work, (result, failure) -> {
            if (failure == null) {
                outcome.complete(result);
            } else {
                outcome.completeExceptionally(failure);
            }
        });
        return outcome;
    }

    /** Whether any task is running: bind a spinner's visibility or a button's disabled state to it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Stops the work threads this instance made, if any; tasks already running finish on their own. */
    @Override
    public void close() {
        if (owned != null) {
            owned.shutdown();
        }
    }

    private <T> void start(Callable<T> work, BiConsumer<T, Throwable> deliver) {
        Objects.requireNonNull(work, "work");
        running.set(running.get() + 1);
        try {
            workExecutor.execute(() -> {
                T result = null;
                Throwable failure = null;
                try {
                    result = work.call();
                } catch (Throwable thrown) {
                    // Errors too: the callback must always come, or the busy count would never drop.
                    failure = thrown;
                    LOG.debug("Background task failed", thrown);
                }
                handBack(result, failure, deliver);
            });
        } catch (RejectedExecutionException rejected) {
            running.set(running.get() - 1);
            deliver.accept(null, rejected);
        }
    }

    private <T> void handBack(T result, Throwable failure, BiConsumer<T, Throwable> deliver) {
        uiExecutor.execute(() -> {
            running.set(running.get() - 1);
            deliver.accept(result, failure);
        });
    }
}
