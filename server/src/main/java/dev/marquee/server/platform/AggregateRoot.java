package dev.marquee.server.platform;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

/**
 * The base of an aggregate whose id is assigned by the application (a random UUID), not by the database. Being
 * {@link Persistable}, a new aggregate is inserted by {@code save} without a select first; the events it registers
 * are published by Spring Data when it is saved.
 *
 * @param <A>  the aggregate type
 * @param <ID> its id type
 */
@MappedSuperclass
public abstract class AggregateRoot<A extends AggregateRoot<A, ID>, ID> extends AbstractAggregateRoot<A> implements Persistable<ID> {

    @Transient
    private boolean isNew = true;

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markPersisted() {
        isNew = false;
    }
}
