package dev.marquee.server.platform;

import java.util.UUID;
import java.util.function.Function;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;
import org.hibernate.type.descriptor.java.UUIDJavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;

/**
 * Maps one typed id ({@code EventId(UUID value)}) to a UUID column, for ids and references alike. A JPA
 * {@code AttributeConverter} would do for references, but the specification forbids converters on {@code @Id}
 * attributes, and one mapping for both reads better than two.
 *
 * @param <T> the id type
 */
final class TypedIdJavaType<T> extends AbstractClassJavaType<T> {

    private final Function<UUID, T> wrap;
    private final Function<T, UUID> unwrap;

    TypedIdJavaType(Class<T> type, Function<UUID, T> wrap, Function<T, UUID> unwrap) {
        super(type);
        this.wrap = wrap;
        this.unwrap = unwrap;
    }

    @Override
    public JdbcType getRecommendedJdbcType(JdbcTypeIndicators indicators) {
        return UUIDJavaType.INSTANCE.getRecommendedJdbcType(indicators);
    }

    @Override
    public String toString(T value) {
        return unwrap.apply(value).toString();
    }

    @Override
    public T fromString(CharSequence text) {
        return wrap.apply(UUID.fromString(text.toString()));
    }

    @Override
    public <X> X unwrap(T value, Class<X> type, WrapperOptions options) {
        return value == null ? null : UUIDJavaType.INSTANCE.unwrap(unwrap.apply(value), type, options);
    }

    @Override
    public <X> T wrap(X value, WrapperOptions options) {
        if (value == null) {
            return null;
        }
        if (getJavaTypeClass().isInstance(value)) {
            return getJavaTypeClass().cast(value);
        }
        return wrap.apply(UUIDJavaType.INSTANCE.wrap(value, options));
    }
}
