package dev.marquee.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * What the database alone can do on one hot row, through the same connection pool at the same concurrency: one
 * transaction per order, a conditional UPDATE of the counter plus an INSERT of the order. The application's
 * throughput is reported as a share of this.
 */
final class Baseline {

    /** What the baseline measured. */
    record Result(int clients, int capacity, int sold, double seconds, double ordersPerSecond, Latencies latency, CostMeter.Cost cost) {
    }

    static Result run(DataSource dataSource, int capacity, int clients) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_order");
            statement.execute("drop table if exists bench_counter");
            statement.execute("create table bench_counter (id integer primary key, sold integer not null, capacity integer not null)");
            statement.execute("create table bench_order (id uuid primary key, counter_id integer not null)");
            statement.execute("insert into bench_counter (id, sold, capacity) values (1, 0, " + capacity + ")");
        }
        AtomicInteger sold = new AtomicInteger();
        AtomicLong last = new AtomicLong();
        Latencies latency = new Latencies();
        CountDownLatch go = new CountDownLatch(1);
        CostMeter meter = new CostMeter(dataSource);
        CostMeter.Reading before = meter.read();
        long start;
        try (ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                buyers.submit(() -> {
                    go.await();
                    while (true) {
                        long t0 = System.nanoTime();
                        boolean bought = buyOne(dataSource);
                        latency.add(System.nanoTime() - t0);
                        if (!bought) {
                            return null;
                        }
                        sold.incrementAndGet();
                        last.set(System.nanoTime());
                    }
                });
            }
            start = System.nanoTime();
            go.countDown();
        }
        double seconds = (last.get() - start) / 1e9;
        CostMeter.Cost cost = CostMeter.between(before, meter.read(), sold.get());
        return new Result(clients, capacity, sold.get(), seconds, sold.get() / seconds, latency, cost);
    }

    private static boolean buyOne(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement take = connection.prepareStatement("update bench_counter set sold = sold + 1 where id = 1 and sold < capacity");
                    PreparedStatement order = connection.prepareStatement("insert into bench_order (id, counter_id) values (?, 1)")) {
                if (take.executeUpdate() == 0) {
                    connection.rollback();
                    return false;
                }
                order.setObject(1, UUID.randomUUID());
                order.executeUpdate();
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private Baseline() {
    }
}
