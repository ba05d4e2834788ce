package dev.marquee.console;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.Role;
import dev.marquee.model.auth.UpdateUserRequest;
import dev.marquee.model.auth.UserView;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The organizer's staff: box-office sellers, gate staff and fellow organizers; add, change role, disable, delete. */
public final class StaffViewModel {

    /** The roles an organizer may give. */
    public static final Set<Role> GRANTABLE = Set.of(Role.ORGANIZER, Role.BOX_OFFICE, Role.GATE);

    private final ConsoleContext context;
    private final ObservableList<UserView> users = FXCollections.observableArrayList();
    private final ObjectProperty<UserView> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.BOX_OFFICE);
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public StaffViewModel(ConsoleContext context) {
        this.context = context;
        selected.addListener((observable, before, after) -> {
            username.set(after == null ? "" : after.username());
            displayName.set(after == null ? "" : after.displayName());
            password.set("");
            role.set(after == null ? Role.BOX_OFFICE : after.roles().stream().filter(GRANTABLE::contains).findFirst().orElse(Role.BOX_OFFICE));
            enabled.set(after == null || after.enabled());
        });
    }

    /** Loads the staff of the organizer (administrators are not managed here). */
    public void load() {
        context.tasks().run(() -> context.client().staff().users(), all -> users.setAll(all.stream()
                .filter(user -> !user.roles().contains(Role.ADMIN))
                .filter(user -> user.organizerIds().contains(context.organizerId()))
                .toList()), this::fail);
    }

    /** Adds the person in the form, or saves the changes to the selected one. */
    public void save() {
        UserView current = selected.get();
        String newPassword = password.get() == null || password.get().isEmpty() ? null : password.get();
        if (displayName.get() == null || displayName.get().isBlank()) {
            error.set("Give the person's name as colleagues know it.");
            return;
        }
        if (current == null && (newPassword == null || newPassword.length() < 12)) {
            error.set("Set a password of at least 12 characters; the person can use it to sign in at once.");
            return;
        }
        Set<Role> roles = Set.of(role.get());
        context.tasks().run(() -> current == null
                ? context.client().staff().createUser(new CreateUserRequest(username.get().trim(), displayName.get().trim(), newPassword, roles,
                        Set.of(context.organizerId())))
                : context.client().staff().updateUser(current.id(), new UpdateUserRequest(displayName.get().trim(), roles, current.organizerIds(),
                        enabled.get(), newPassword)), saved -> {
                            done("Saved " + saved.username() + ".");
                            load();
                        }, this::fail);
    }

    /** Deletes the selected person's account. */
    public void deleteSelected() {
        UserView current = selected.get();
        context.tasks().run(() -> {
            context.client().staff().deleteUser(current.id());
            return current;
        }, deleted -> {
            done("Deleted " + deleted.username() + ".");
            selected.set(null);
            load();
        }, this::fail);
    }

    private void done(String text) {
        error.set("");
        message.set(text);
    }

    private void fail(Throwable failure) {
        ErrorPresenter.log(failure);
        message.set("");
        error.set(ErrorPresenter.describe(failure).detail());
    }

    public ObservableList<UserView> users() {
        return users;
    }

    public ObjectProperty<UserView> selectedProperty() {
        return selected;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
