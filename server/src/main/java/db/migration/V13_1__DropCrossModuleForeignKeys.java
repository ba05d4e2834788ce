package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;

/**
 * Drops every foreign key from one module's table to another module's: a module owns its tables, and learns about
 * the others' rows from their events or public services, never through a constraint on their schema. Keys inside
 * one module stay. Written in Java because inline {@code references} got generated constraint names, which differ
 * between H2 and PostgreSQL; the database's metadata names them. The owners are those of the time of this
 * migration.
 */
public class V13_1__DropCrossModuleForeignKeys extends BaseJavaMigration {

    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("staff_user", "identity"), Map.entry("staff_user_role", "identity"), Map.entry("staff_user_organizer", "identity"),
            Map.entry("auth_token", "identity"), Map.entry("audit_log", "identity"), Map.entry("server_secret", "identity"),
            Map.entry("device", "identity"), Map.entry("pairing_code", "identity"),
            Map.entry("organizer", "catalog"), Map.entry("venue", "catalog"), Map.entry("event", "catalog"),
            Map.entry("ticket_type", "inventory"), Map.entry("quota", "inventory"), Map.entry("ticket_type_quota", "inventory"),
            Map.entry("hold", "inventory"), Map.entry("hold_item", "inventory"), Map.entry("hold_client", "inventory"),
            Map.entry("orders", "booking"),
            Map.entry("shift", "payment"), Map.entry("ledger_entry", "payment"), Map.entry("simulated_acquirer_charge", "payment"),
            Map.entry("event_signing_key", "ticketing"), Map.entry("ticket", "ticketing"),
            Map.entry("gate", "checkin"),
            Map.entry("live_topic", "realtime"), Map.entry("live_message", "realtime"),
            Map.entry("idempotency_record", "platform"), Map.entry("event_publication", "platform"));

    private record ForeignKey(String table, String name, String referencedTable) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<ForeignKey> crossing = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        String schema = connection.getSchema();
        try (ResultSet tables = metadata.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                try (ResultSet keys = metadata.getImportedKeys(connection.getCatalog(), schema, table)) {
                    while (keys.next()) {
                        ForeignKey key = new ForeignKey(table, keys.getString("FK_NAME"), keys.getString("PKTABLE_NAME"));
                        String from = owner(key.table());
                        String to = owner(key.referencedTable());
                        if (from != null && to != null && !from.equals(to) && !crossing.contains(key)) {
                            crossing.add(key);
                        }
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (ForeignKey key : crossing) {
                statement.execute("alter table " + quoted(key.table()) + " drop constraint " + quoted(key.name()));
            }
        }
    }

    private static @Nullable String owner(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        if (name.startsWith("checkin_")) {
            return "checkin";
        }
        if (name.startsWith("reporting_")) {
            return "reporting";
        }
        return OWNERS.get(name);
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
