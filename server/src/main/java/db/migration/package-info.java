/**
 * Flyway migrations written in Java, for steps plain SQL cannot say the same way on H2 and PostgreSQL.
 */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
