/** Records of the catalog API: organizers, venues and events, for staff and for the public. */
package dev.marquee.model.catalog;
