package dev.marquee.model.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of a hold: all items are reserved together, or none.
 *
 * @param items one or more ticket types with quantities
 */
public record HoldRequest(@NotEmpty @Size(max = 20) List<@NotNull @Valid HoldItem> items) {
}
