package dev.marquee.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.server.support.H2DataSourceInitializer;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A module names only the tables it owns: in its mapped entities (entity tables and collection tables, from
 * Hibernate's metamodel) and in its SQL (every string constant of its classes that reads as SQL, native queries
 * included) of the main code, not of tests. The module of a class is the package below {@code dev.marquee.server}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class TableOwnershipTest {

    private static final String BASE = "dev.marquee.server.";

    /** Tables by owning module; check-in's and reporting's also go by their prefix. */
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

    private static final Pattern SQL = Pattern.compile("^\\s*(select|insert|update|delete|with|merge)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update|table|exists)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @ParameterizedTest
    @ValueSource(strings = {"identity", "catalog", "inventory", "booking", "payment", "ticketing", "checkin", "realtime", "reporting",
        "demo", "platform"})
    void moduleNamesOnlyItsOwnTables(String module) throws IOException {
        List<String> foreign = new ArrayList<>();
        mappedTables(module, foreign);
        sqlTables(module, foreign);
        assertThat(foreign).as("tables of other modules named by " + module).isEmpty();
    }

    private void mappedTables(String module, List<String> foreign) {
        var metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        metamodel.forEachEntityDescriptor(entity -> {
            if (module.equals(moduleOf(entity.getMappedClass().getName())) && entity instanceof AbstractEntityPersister persister) {
                for (String table : persister.getTableNames()) {
                    check(module, table, "entity " + entity.getEntityName(), foreign);
                }
            }
        });
        metamodel.forEachCollectionDescriptor(collection -> {
            if (module.equals(moduleOf(collection.getOwnerEntityPersister().getMappedClass().getName()))) {
                check(module, collection.getTableName(), "collection " + collection.getRole(), foreign);
            }
        });
    }

    private static void sqlTables(String module, List<String> foreign) throws IOException {
        Resource[] classes = new PathMatchingResourcePatternResolver().getResources("classpath*:dev/marquee/server/" + module + "/**/*.class");
        for (Resource resource : classes) {
            if (resource.getURL().toString().contains("/test-classes/")) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                ClassReader reader = new ClassReader(in);
                String where = reader.getClassName().replace('/', '.');
                List<String> constants = new ArrayList<>();
                reader.accept(new Constants(constants), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                for (String constant : constants) {
                    if (SQL.matcher(constant).find()) {
                        Matcher table = TABLE.matcher(constant);
                        while (table.find()) {
                            check(module, table.group(1), where, foreign);
                        }
                    }
                }
            }
        }
    }

    private static void check(String module, String table, String where, List<String> foreign) {
        String owner = owner(table);
        if (owner != null && !owner.equals(module)) {
            foreign.add(where + " names " + table.toLowerCase(Locale.ROOT) + " (" + owner + ")");
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

    private static @Nullable String moduleOf(String className) {
        if (!className.startsWith(BASE)) {
            return null;
        }
        String rest = className.substring(BASE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? null : rest.substring(0, dot);
    }

    /** Collects a class's string constants: literals, text blocks, concatenation recipes, field and annotation values. */
    private static final class Constants extends ClassVisitor {

        private final List<String> found;

        Constants(List<String> found) {
            super(Opcodes.ASM9);
            this.found = found;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            add(value);
            return null;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotations();
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitLdcInsn(Object value) {
                    add(value);
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                    for (Object argument : arguments) {
                        add(argument);
                    }
                }

                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    return annotations();
                }
            };
        }

        private AnnotationVisitor annotations() {
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String name, Object value) {
                    add(value);
                }

                @Override
                public AnnotationVisitor visitArray(String name) {
                    return this;
                }

                @Override
                public AnnotationVisitor visitAnnotation(String name, String descriptor) {
                    return this;
                }
            };
        }

        private void add(@Nullable Object value) {
            if (value instanceof String text) {
                found.add(text.replace('\u0001', ' '));
            }
        }
    }
}
