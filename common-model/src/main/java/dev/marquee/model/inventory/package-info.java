/** Records of the inventory API: ticket types, shared capacity quotas, holds and availability. */
package dev.marquee.model.inventory;
