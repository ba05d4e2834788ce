package dev.marquee.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a stretch of work cost: committed transactions, from PostgreSQL's own counter ({@code xact_commit} in
 * {@code pg_stat_database}), and CPU time of this process (server and load generator share it) and of the database's
 * processes, read from {@code /proc}. Where a figure cannot be had (H2, no {@code /proc}), it is -1.
 */
final class CostMeter {

    /** One reading. */
    record Reading(long commits, long jvmCpuNanos, long databaseCpuNanos) {
    }

    /** What happened between two readings, per unit of work. */
    record Cost(double commitsPerUnit, double jvmCpuMillisPerUnit, double databaseCpuMillisPerUnit) {
    }

    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final JdbcClient jdbc;
    private final boolean postgres;

    CostMeter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.postgres = isPostgres(dataSource);
    }

    /** Waits (bounded) until the event publication registry has no unfinished publications left. */
    void awaitQuietOutbox() {
        for (int i = 0; i < 600; i++) {
            long open = jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
            if (open == 0) {
                return;
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    Reading read() {
        return new Reading(postgres ? settledCommits() : -1, jvmCpu(), postgres ? databaseCpu() : -1);
    }

    static Cost between(Reading before, Reading after, long units) {
        double per = Math.max(units, 1);
        return new Cost(before.commits() < 0 ? -1 : (after.commits() - before.commits()) / per,
                before.jvmCpuNanos() < 0 ? -1 : (after.jvmCpuNanos() - before.jvmCpuNanos()) / 1e6 / per,
                before.databaseCpuNanos() < 0 ? -1 : (after.databaseCpuNanos() - before.databaseCpuNanos()) / 1e6 / per);
    }

    /**
     * PostgreSQL backends report their counters to shared memory about once a second and when they go idle, so the
     * counter is read until it stops moving (bounded, so a busy background job cannot hold the bench up).
     */
    private long settledCommits() {
        long previous = commits();
        for (int i = 0; i < 30; i++) {
            LockSupport.parkNanos(500_000_000L);
            long now = commits();
            if (now == previous) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private long commits() {
        // The reading transaction itself counts too; it is one per reading and cancels out between two readings.
        return jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()").query(Long.class).single();
    }

    private static long jvmCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /**
     * CPU of the database: its postmaster (with what its exited children used, which the kernel adds to it when it
     * reaps them) and its live backends, found as the postmaster's children in {@code /proc}.
     */
    private long databaseCpu() {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return -1;
        }
        long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
        long postmaster = field(backend, 4);
        if (postmaster <= 0) {
            return -1;
        }
        long ticks = field(postmaster, 14) + field(postmaster, 15) + field(postmaster, 16) + field(postmaster, 17);
        try (var processes = Files.list(Path.of("/proc"))) {
            ticks += processes.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong).filter(pid -> field(pid, 4) == postmaster)
                    .map(pid -> field(pid, 14) + field(pid, 15)).sum();
        } catch (IOException unreadable) {
            return -1;
        }
        return ticks * 1_000_000_000L / CLOCK_TICKS_PER_SECOND;
    }

    /**
     * A numeric field of {@code /proc/PID/stat} by its number in proc(5): 4 the parent's pid, 14 and 15 user and
     * system time, 16 and 17 those of reaped children. The command name (field 2) is in parentheses and may hold
     * spaces, so fields are counted from after it; 0 when the process is gone.
     */
    private static long field(long pid, int number) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[number - 3]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
